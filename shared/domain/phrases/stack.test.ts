import { describe, expect, it } from 'vitest';
import { renderTemplate, stackPhrases } from './index';

describe('stackPhrases', () => {
  it.each([
    ['joins pieces one per line', ['亲，您好～', '这款有现货哦'], '亲，您好～\n这款有现货哦'],
    ['drops empty pieces and trims spaces', ['  亲，在的 ', '', '   ', '请稍等'], '亲，在的\n请稍等'],
    ['drops an exact repeat', ['请稍等', '请稍等'], '请稍等'],
    ['keeps only the first 亲，', ['亲，您好～', '亲，这款有现货', '亲~发货很快'], '亲，您好～\n这款有现货\n发货很快'],
    ['keeps 亲 when the reply has not greeted yet', ['这款有现货', '亲，喜欢可以拍下'], '这款有现货\n亲，喜欢可以拍下'],
    ['does not cut 亲自', ['亲，您好', '亲自为您挑选'], '亲，您好\n亲自为您挑选'],
    ['keeps a piece that is only a salutation', ['亲，', '亲，'], '亲，'],
    ['returns an empty reply for nothing', [], ''],
  ] as const)('%s', (_name, texts, expected) => {
    expect(stackPhrases(texts)).toBe(expected);
  });

  it('uses a custom separator', () => {
    expect(stackPhrases(['您好', '请稍等'], { separator: ' ' })).toBe('您好 请稍等');
  });

  it('asks for a shared slot once when stacked before rendering', () => {
    const r = renderTemplate(stackPhrases(['建议选{{尺码}}', '{{尺码}}目前有货']), {}, {});
    expect(r.missing).toEqual([{ kind: 'slot', name: '尺码' }]);
  });
});
