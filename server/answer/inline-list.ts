/**
 * A numbered list typed on one line (「1. 介護ソフトは対応済み　2. 証明書も入ってる　3. フリーパス適用してもらうのに何か手続き
 * いる？」): on a phone or in a chat box the items are parted by spaces, not lines. Read as one sentence, the items said done
 * drew the answer (the care software's rule fired on the first item: a wrong answer), where the same list typed on lines is
 * read item by item, the question apart from the background. The engine reads such a message with its items on lines.
 */

/**
 * An item's number where an item starts: at the start or after a space, 1–9 in ASCII or full-width digits followed by
 * 「.」「．」「)」「）」「、」, a circled ①–⑨, or one in brackets 「(1)」「（１）」. The number is the group that is not empty.
 */
const ITEM_NUMBER = /(?:^|[ \t\u3000]+)(?:([1-9１-９])[.．)）、]|([①-⑨])|[(（]([1-9１-９])[)）])/g;

/** The value of an item number as typed (ASCII, full-width or circled). */
function numberOf(typed: string): number {
  const code = typed.charCodeAt(0);
  if (typed >= '1' && typed <= '9') return code - 48;
  if (typed >= '１' && typed <= '９') return code - 0xff10;
  return code - 0x2460 + 1;
}

/**
 * The message with each item of a numbered list on a line of its own, when it opens on item 1 and goes on to 2 and
 * further on the same line (numbers one after another, each after a space); null when it holds no such list, or is
 * already on lines. Words before item 1 are not a list's (「手順は2. のところで」 names a step).
 */
export function itemsOnLines(message: string): string | null {
  const text = message.trim();
  const starts: { at: number; end: number }[] = [];
  for (const m of text.matchAll(ITEM_NUMBER)) {
    const typed = m[1] ?? m[2] ?? m[3] ?? '';
    if (numberOf(typed) !== starts.length + 1) break;
    starts.push({ at: m.index, end: m.index + m[0].length });
  }
  if (starts.length < 2 || starts[0]!.at !== 0) return null;
  // Items already on lines are read as typed.
  if (starts.slice(1).some((s) => text[s.at - 1] === '\n')) return null;
  let out = text.slice(0, starts[1]!.at);
  for (let i = 1; i < starts.length; i++) {
    const next = starts[i + 1]?.at ?? text.length;
    const item = text.slice(starts[i]!.at, next).replace(/^[ \t\u3000]+/, '');
    out += `\n${item}`;
  }
  return out;
}
