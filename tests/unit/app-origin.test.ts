import { describe, expect, it } from 'vitest';
import { appEntryUrl, isAppUrl } from '@electron/host/app-origin.ts';

describe("the desktop app's own pages", () => {
  it('include the entry page and anything else under tamhil://app/', () => {
    expect(isAppUrl(appEntryUrl)).toBe(true);
    expect(isAppUrl('tamhil://app/assets/index-abc.js')).toBe(true);
  });

  it('exclude other hosts, other schemes, look-alikes and nonsense', () => {
    for (const url of [
      'tamhil://other/index.html',
      'https://app/index.html',
      'file:///tmp/index.html',
      'tamhil://app.evil.example/index.html',
      'http://127.0.0.1:8080/',
      'not a url',
      '',
    ]) {
      expect(isAppUrl(url), url).toBe(false);
    }
  });
});
