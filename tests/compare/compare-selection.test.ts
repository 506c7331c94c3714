import { describe, expect, it } from 'vitest';
import { MAX_COMPARE, parseToolsParam, toggleTool } from '../../src/compare/compare-selection';

describe('parseToolsParam', () => {
  it.each([
    ['jitsi,webex', ['jitsi', 'webex'], [], []],
    ['webex,jitsi', ['webex', 'jitsi'], [], []],
    ['zoom,zoom,jitsi', ['zoom', 'jitsi'], [], []],
    ['zoom,whatsapp,jitsi,whatsapp', ['zoom', 'jitsi'], ['whatsapp'], []],
    [' zoom , ,jitsi,', ['zoom', 'jitsi'], [], []],
    ['teams,zoom,jitsi,webex,slack,signal', ['teams', 'zoom', 'jitsi', 'webex'], [], ['slack', 'signal']],
    ['teams,zoom,jitsi,webex,teams,slack', ['teams', 'zoom', 'jitsi', 'webex'], [], ['slack']],
    ['Zoom', [], ['Zoom'], []],
    ['', [], [], []],
  ])('%j → ids %j, unknown %j, dropped %j', (raw, ids, unknown, dropped) => {
    expect(parseToolsParam([raw])).toEqual({ ids, unknown, dropped });
  });

  it('joins repeated tools= parameters', () => {
    expect(parseToolsParam(['zoom', 'jitsi,signal']).ids).toEqual(['zoom', 'jitsi', 'signal']);
  });

  it('keeps the notice short however long the link is', () => {
    const raw = Array.from({ length: 50 }, (_, i) => `${i}-${'x'.repeat(60)}`).join(',');
    const { unknown } = parseToolsParam([raw]);
    expect(unknown).toHaveLength(10);
    for (const id of unknown) expect(id.length).toBeLessThanOrEqual(40);
  });
});

describe('toggleTool', () => {
  it('adds in the report’s column order, so the same choice gives the same link', () => {
    expect(toggleTool(['jitsi'], 'teams', true)).toEqual(['teams', 'jitsi']);
    expect(toggleTool(['jitsi', 'teams'], 'zoom', true)).toEqual(['teams', 'zoom', 'jitsi']);
  });

  it('removes a tool', () => {
    expect(toggleTool(['teams', 'zoom', 'jitsi'], 'zoom', false)).toEqual(['teams', 'jitsi']);
  });

  it(`never goes past ${MAX_COMPARE}`, () => {
    expect(toggleTool(['teams', 'zoom', 'jitsi', 'webex'], 'slack', true)).toEqual(['teams', 'zoom', 'jitsi', 'webex']);
  });
});
