/**
 * The conversation's state and actions as a Lit reactive controller: asking, retrying, voting, resetting,
 * keeping sessionStorage in step and telling the host page (`careplan-help:answer`). The panel element
 * only renders it and handles input.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { createApiClient, ApiError, type ApiClient } from './api-client.ts';
import { announcement, randomId } from './format.ts';
import { clearConversation, loadConversation, saveConversation, sessionStore, storageKey } from './storage.ts';
import { answerEventDetail, answersArticle, articleAsAnswer, withFeedback, withoutMessage } from './conversation.ts';
import type { Message, Suggestions, UnhelpfulReason } from './types.ts';

export interface AskOptions {
  /** Show the question as the user's bubble (not on a retry). */
  echo: boolean;
  /** Id of the last answer shown, for follow-ups. */
  previous?: string;
  /** The option ids of the question back the message replies to (typed instead of pressing a button). */
  offered?: string[];
  /** A clarify option's article: shown even if asking its title lands elsewhere. */
  articleId?: string;
}

export class ChatController implements ReactiveController {
  messages: Message[] = [];
  suggestions: Suggestions | null = null;
  pending = false;
  /** Text of the polite live region. */
  status = '';
  /** The conversation a reset cleared, until 「元に戻す」 or the next question. */
  undoable: { sessionId: string; messages: Message[] } | null = null;

  private sessionId = '';
  private client: ApiClient | null = null;
  private clientBase = '';

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** The current `api` attribute. */
    private readonly api: () => string,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    const saved = loadConversation(sessionStore(), storageKey(this.api()));
    if (saved) {
      this.sessionId = saved.sessionId;
      this.messages = saved.messages;
    }
    this.apiClient()
      .suggestions()
      .then((s) => this.set({ suggestions: s }))
      .catch(() => this.set({ suggestions: null }));
  }

  /** Asks the server and appends the reply, or an error with a retry. Ignored while a question is pending. */
  async ask(question: string, options: AskOptions): Promise<void> {
    if (this.pending) return;
    // A new question starts the new conversation for good: the cleared one can no longer come back.
    this.undoable = null;
    if (!this.sessionId) this.sessionId = randomId();
    const echoed: Message[] = options.echo ? [{ role: 'user', id: randomId(), text: question }] : [];
    this.set({ messages: [...this.messages, ...echoed], pending: true, status: '回答を準備しています。' });
    try {
      let result = await this.apiClient().ask({ question, sessionId: this.sessionId, previous: options.previous, offered: options.offered });
      if (options.articleId && !answersArticle(result, options.articleId)) {
        result = articleAsAnswer(await this.apiClient().article(options.articleId), result);
      }
      this.set({ messages: [...this.messages, { role: 'bot', id: randomId(), result, feedback: 'none' }], status: announcement(result) });
      this.host.dispatchEvent(new CustomEvent('careplan-help:answer', { bubbles: true, composed: true, detail: answerEventDetail(result) }));
    } catch (err) {
      const e = err instanceof ApiError ? err : new ApiError('network', 0, 'network', String(err));
      const failed: Message = { role: 'error', id: randomId(), text: e.message, retryQuestion: e.retryable ? question : null, previous: options.previous, offered: options.offered };
      this.set({ messages: [...this.messages, failed], status: e.message });
    } finally {
      this.set({ pending: false });
      this.persist();
    }
  }

  /** Re-sends the question of a failed ask, replacing its error message. */
  retry(errorId: string): void {
    const m = this.messages.find((x) => x.id === errorId);
    if (!m || m.role !== 'error' || !m.retryQuestion || this.pending) return;
    this.set({ messages: withoutMessage(this.messages, m.id) });
    void this.ask(m.retryQuestion, { echo: false, previous: m.previous, offered: m.offered });
  }

  /** 「いいえ」: asks why before anything is sent (the one vote per answer carries the reason). */
  askReason(messageId: string): void {
    const m = this.messages.find((x) => x.id === messageId);
    if (!m || m.role !== 'bot' || (m.feedback !== 'none' && m.feedback !== 'failed')) return;
    this.set({ messages: withFeedback(this.messages, m.id, 'reason'), status: 'どの点が合いませんでしたか？ 理由を選んでください。' });
    this.persist();
  }

  /** Sends the 「解決しましたか？」 vote of one answer: 「はい」, or 「いいえ」 with its reason and comment. */
  async vote(messageId: string, helpful: boolean, reason?: UnhelpfulReason, comment?: string): Promise<void> {
    const m = this.messages.find((x) => x.id === messageId);
    if (!m || m.role !== 'bot' || m.feedback === 'sending') return;
    this.set({ messages: withFeedback(this.messages, m.id, 'sending', reason) });
    try {
      await this.apiClient().feedback({ queryId: m.result.queryId, helpful, ...(reason ? { reason } : {}), ...(comment ? { comment } : {}) });
      this.set({
        messages: withFeedback(this.messages, m.id, helpful ? 'yes' : 'no'),
        status: helpful ? 'ご回答ありがとうございました。' : 'ご意見を受け付けました。ヘルプデスクの連絡先と「会話をコピー」を表示しました。',
      });
    } catch {
      this.set({ messages: withFeedback(this.messages, m.id, 'failed'), status: '評価を送信できませんでした。' });
    }
    this.persist();
  }

  /**
   * 「会話をリセット」: forgets the conversation in sessionStorage and on screen; a new session starts. It is
   * kept in memory so that 「元に戻す」 can bring it back, until the next question.
   */
  reset(): void {
    if (!this.messages.length) return;
    clearConversation(sessionStore(), storageKey(this.api()));
    this.undoable = { sessionId: this.sessionId, messages: this.messages };
    this.sessionId = '';
    this.set({ messages: [], status: '会話を消去しました。「元に戻す」で戻せます。' });
  }

  /** 「元に戻す」: brings back the conversation the last reset cleared, on screen and in sessionStorage. */
  undoReset(): void {
    const saved = this.undoable;
    if (!saved || this.pending) return;
    this.undoable = null;
    this.sessionId = saved.sessionId;
    this.set({ messages: saved.messages, status: '会話を元に戻しました。' });
    this.persist();
  }

  private set(changes: Partial<Pick<ChatController, 'messages' | 'suggestions' | 'pending' | 'status' | 'undoable'>>): void {
    Object.assign(this, changes);
    this.host.requestUpdate();
  }

  private apiClient(): ApiClient {
    if (!this.client || this.clientBase !== this.api()) {
      this.client = createApiClient({ base: this.api() });
      this.clientBase = this.api();
    }
    return this.client;
  }

  private persist(): void {
    saveConversation(sessionStore(), storageKey(this.api()), { sessionId: this.sessionId, messages: this.messages });
  }
}
