import { describe, expect, it } from 'vitest';
import { referToSite, siteNamed } from '../../server/answer/site-reference.ts';
import { normalize } from '../../server/text/normalize.ts';
import { analyserFor, engineFor, realKnowledgeBase } from './fixtures.ts';

describe('a site pointed at by the last answer (real content)', async () => {
  const kb = await realKnowledgeBase();
  const analyse = analyserFor(kb);
  const systemTerm = normalize(kb.site.systemName);
  const siteOf = (id: string) => {
    const a = kb.byId.get(id)!;
    return siteNamed(analyse(`${a.title}。${a.summary}`), systemTerm);
  };

  it('finds the one site an article\'s title and summary name, as the vocabulary writes it, and none beside the system\'s own name', () => {
    expect(siteOf('application-status')).toBe('利用状況webサイト');
    expect(siteOf('kj-password-lost')).toBe('電子請求受付システム');
    expect(siteOf('overview')).toBeNull();
  });

  it('puts the site in place of the words that point at it, and leaves a message that points at none', () => {
    expect(referToSite('そのサイトってどこにログインすればいいの？', '利用状況WEBサイト')).toBe('利用状況WEBサイトってどこにログインすればいいの？');
    expect(referToSite('そこにログインするのは何のIDですか', '利用状況WEBサイト')).toBe('利用状況WEBサイトにログインするのは何のIDですか');
    expect(referToSite('その画面で何を押すの？', '利用状況WEBサイト')).toBeNull();
    expect(referToSite('そこは大丈夫です', '利用状況WEBサイト')).toBeNull();
  });

  it('answers a question about the site the last answer named, not about the word the message uses for it', () => {
    const { result } = engineFor(kb).ask({ question: 'そこのサイトにはどうやってログインするんですか', previous: 'application-status' });
    expect(result.answer?.id).toBe('application');
    // 「そこ」 alone, as where to log in: the site the personal ID's answer names, not the lost KJ password.
    expect(engineFor(kb).ask({ question: 'そこにログインするのは何のIDですか', previous: 'personal-user-id' }).result.answer?.id).toBe('application');
  });
});
