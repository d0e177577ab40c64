/**
 * Keeps the full-screen panel above the phone's on-screen keyboard. Some mobile browsers do not shrink
 * the layout viewport when the keyboard opens, so `100dvh` still reaches under it; the visual viewport
 * does shrink. We publish its height as `--_vvh` through a constructed stylesheet adopted by the shadow
 * root — not a style attribute, so it also works under a strict CSP.
 */

/** Starts tracking; returns a function that stops it. No-op where the APIs are missing. */
export function trackVisualViewport(root: ShadowRoot): () => void {
  const vv = globalThis.visualViewport;
  if (!vv || typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in root)) return () => {};
  const sheet = new CSSStyleSheet();
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  const apply = () => sheet.replaceSync(`:host { --_vvh: ${Math.round(vv.height)}px; }`);
  apply();
  vv.addEventListener('resize', apply);
  return () => {
    vv.removeEventListener('resize', apply);
    root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
  };
}
