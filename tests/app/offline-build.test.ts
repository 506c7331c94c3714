// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, offlineMode } from '../../vite.config';

describe('the offline copy in the build', () => {
  it.each([
    [undefined, 'on'],
    ['', 'on'],
    ['on', 'on'],
    ['off', 'off'],
    [' remove ', 'remove'],
  ])('VBW_OFFLINE=%j builds %s', (value, mode) => {
    expect(offlineMode(value)).toBe(mode);
  });

  it.each(['no', 'false', 'OFF', 'selfDestroying'])('fails the build on VBW_OFFLINE=%s rather than guess', (value) => {
    expect(() => offlineMode(value)).toThrow(`VBW_OFFLINE=${value}: use on, off or remove`);
  });

  it('lets the worker and the manifest come from the origin only', () => {
    const policy = contentSecurityPolicy.split('; ');
    expect(policy).toContain("worker-src 'self'");
    expect(policy).toContain("manifest-src 'self'");
  });
});
