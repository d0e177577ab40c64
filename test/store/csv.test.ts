import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../server/store/csv.ts';

describe('csvCell', () => {
  it.each([
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['+81', `"'+81"`],
    ['-1+2', `"'-1+2"`],
    ['@SUM(A1)', `"'@SUM(A1)"`],
    ['\t=1', `"'\t=1"`],
    ['パスワード=忘れた', '"パスワード=忘れた"'],
  ])('defuses %j', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it('drops NUL and other control characters, then defuses what they hid', () => {
    expect(csvCell('KJ\u0000のパスワード\u0000')).toBe('"KJのパスワード"');
    expect(csvCell('\u0007\u001b[31m赤\u001b[0m\u007f\u0085')).toBe('"[31m赤[0m"');
    expect(csvCell('\u202eドーワスパ\u202c')).toBe('"ドーワスパ"');
    expect(csvCell('\u0000=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('行1\r\n行2\tタブ')).toBe('"行1\r\n行2\tタブ"');
  });

  it('quotes commas, quotes and line breaks, and leaves numbers alone', () => {
    expect(csvCell('a,"b"\nc')).toBe('"a,""b""\nc"');
    expect(csvCell(-3)).toBe('"-3"');
    expect(csvCell(null)).toBe('""');
  });
});

describe('toCsv', () => {
  it('starts with a BOM and ends rows with CRLF', () => {
    const csv = toCsv(['質問', '件数'], [['ログインできない', 3]]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1)).toBe('"質問","件数"\r\n"ログインできない","3"\r\n');
  });
});
