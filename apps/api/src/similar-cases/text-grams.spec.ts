import { textGrams } from './text-grams.js';

describe('textGrams', () => {
  it('gives the overlapping character bigrams of Chinese text, whatever the punctuation between', () => {
    expect(textGrams('征地补偿款，未足额')).toEqual(['偿款', '地补', '征地', '未足', '补偿', '足额'].sort());
  });

  it('keeps a lone character, and ASCII words and numbers whole and lower-cased, full-width ones too', () => {
    expect(textGrams('欠 ABC 12号 ＡＢｃ')).toEqual(['12', 'abc', '号', '欠'].sort());
  });

  it('lists each gram once, and nothing for text without letters', () => {
    expect(textGrams('发放发放')).toEqual(['发放', '放发']);
    expect(textGrams('，。！ ——')).toEqual([]);
  });

  it('makes the alike subjects share most of their grams and the unlike none', () => {
    const shared = (a: string, b: string) => textGrams(a).filter((gram) => textGrams(b).includes(gram)).length;
    expect(shared('征地补偿款未足额发放', '征地补偿款迟迟未发放')).toBe(5);
    expect(shared('征地补偿款未足额发放', '拖欠农民工工资')).toBe(0);
  });
});
