import { expect } from '@esm-bundle/chai';
import { EN_EXCEL, toCsv } from '../../src/shared/csv.js';

describe('toCsv(rows)', () => {
  it('writes the Russian Excel dialect: BOM, semicolons, decimal comma, CRLF', () => {
    expect(
      toCsv([
        ['Клиент', 'Долг'],
        ['Ликстрой', 1000000.5],
      ]),
    ).to.equal('\uFEFFКлиент;Долг\r\nЛикстрой;1000000,5\r\n');
  });
  it('quotes separators, quotes and line breaks', () => {
    expect(toCsv([['ГБУЗ НСО "ЦКБ"', 'Нео-Пак; ООО', 'a\nb']])).to.equal(
      '\uFEFF"ГБУЗ НСО ""ЦКБ""";"Нео-Пак; ООО";"a\nb"\r\n',
    );
  });
  it('defuses text that a spreadsheet would run as a formula, but keeps negative numbers', () => {
    expect(toCsv([['=HYPERLINK("x")', -5, '+1', '@a']])).to.equal(
      '\uFEFF"\'=HYPERLINK(""x"")";-5;\'+1;\'@a\r\n',
    );
  });
  it('writes empty cells for null, undefined and non-finite numbers', () => {
    expect(toCsv([[null, undefined, NaN, 0]], EN_EXCEL)).to.equal('\uFEFF,,,0\r\n');
  });
});
