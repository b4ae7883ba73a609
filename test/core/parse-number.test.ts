import { parseNumberText } from '../../src/core/parse/number';

/**
 * Numbers written as text, German or English. groupsOfThree = true is the reading for counts and euros
 * (a single separator before exactly three digits groups thousands); false is the reading for percents and years.
 */
describe('parseNumberText', () => {
  describe('reads German and English notation', () => {
    it.each<[string, boolean, number]>([
      ['42', true, 42],
      ['42', false, 42],
      ['88.692', true, 88692], // German thousands (count)
      ['88.692', false, 88.692], // a percent keeps the decimal point
      ['1,234', true, 1234], // English thousands (count)
      ['1,234', false, 1.234], // German decimal comma (percent)
      ['7,6 %', false, 7.6],
      ['7,6%', false, 7.6],
      ['18%', false, 18],
      ['18 %', false, 18],
      ['18,0 %', false, 18],
      ['18 Prozent', false, 18],
      ['1,234.5', true, 1234.5],
      ['1,234.5', false, 1234.5],
      ['1.234,5', true, 1234.5],
      ['1.234,5', false, 1234.5],
      ['1.234.567', true, 1234567],
      ['1,234,567', true, 1234567],
      ['1.234.567,89', true, 1234567.89],
      ['1,234,567.89', true, 1234567.89],
      ['614 000', true, 614000],
      ['614\u00a0000', true, 614000], // no-break space
      ['614\u202f000', true, 614000], // narrow no-break space
      ["614'000", true, 614000], // Swiss grouping
      ['1 234,5', true, 1234.5],
      ['30.000 €', true, 30000],
      ['30.000€', true, 30000],
      ['€30,000', true, 30000],
      ['EUR 30.000', true, 30000],
      ['30.000 EUR', true, 30000],
      ['30.000,50 €', true, 30000.5],
      ['12,5', true, 12.5],
      ['12.5', true, 12.5],
      ['12.50', true, 12.5], // two decimals are never a thousands group
      ['12.3456', true, 12.3456],
      ['.5', false, 0.5],
      [',5', false, 0.5],
      ['0,5', true, 0.5],
      ['0.500', true, 0.5], // a leading 0 group is never thousands grouping
      ['0,500', true, 0.5],
      ['  2025  ', false, 2025],
      ['+5', true, 5],
    ])('%j (groupsOfThree %s) → %d', (text, groups, expected) => {
      expect(parseNumberText(text, groups)).toBe(expected);
    });
  });

  describe('keeps the sign, with every minus sign', () => {
    it.each<[string, number]>([
      ['-5', -5],
      ['−5', -5], // U+2212 minus sign
      ['–5', -5], // en dash
      ['- 5', -5],
      ['-1.234', -1234],
    ])('%j → %d', (text, expected) => {
      expect(parseNumberText(text, true)).toBe(expected);
    });
  });

  describe('returns null for texts that are no number or ambiguous', () => {
    it.each<[string]>([
      [''],
      ['   '],
      ['abc'],
      ['zwölf'],
      ['12 Stück'],
      ['1e5'],
      ['0x10'],
      ['-'],
      ['%'],
      ['€'],
      [','],
      ['.'],
      ['5.'], // a trailing separator
      ['1.23.456'], // groups of two are no thousands groups
      ['1,2,3'],
      ['1,,2'],
      ['1..2'],
      ['12,34.5'], // bad grouping before the decimal point
      ['1.234,567,8'], // two decimal commas
      ['1,234.567.8'],
      ['1234.567.890'], // a first group of four digits
      ['0.500.000'], // a leading 0 group
      ['5-'],
      ['5 5 %x'],
      ['1' + '0'.repeat(400)], // beyond the range of a double
    ])('%j', (text) => {
      expect(parseNumberText(text, true)).toBeNull();
      expect(parseNumberText(text, false)).toBeNull();
    });
  });
});
