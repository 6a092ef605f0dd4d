import { EventEmitter } from 'node:events';
import type { Session, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import {
  hardenSession,
  hardenWebContents,
  isNavigationAllowed,
  isPermissionGranted,
  secureWebPreferences,
} from './security';

const FILE_APP = 'file:///opt/tandai/out/renderer/index.html';
const DEV_APP = 'http://localhost:5173/';

describe('secureWebPreferences', () => {
  it('isolates and sandboxes the renderer', () => {
    expect(secureWebPreferences('/p/preload.cjs')).toMatchObject({
      preload: '/p/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
    });
  });
});

describe('isNavigationAllowed', () => {
  it.each([
    [FILE_APP, FILE_APP],
    [`${FILE_APP}#/doc/3`, FILE_APP],
    [`${FILE_APP}?mode=review`, FILE_APP],
    ['http://localhost:5173/', DEV_APP],
    ['http://localhost:5173/index.html?x=1', DEV_APP],
  ])('allows the app itself: %s', (url, app) => {
    expect(isNavigationAllowed(url, app)).toBe(true);
  });

  it.each([
    ['https://example.com/', FILE_APP],
    ['file:///etc/passwd', FILE_APP],
    ['file:///opt/tandai/out/renderer/other.html', FILE_APP],
    ['file://evil-host/opt/tandai/out/renderer/index.html', FILE_APP],
    ['http://localhost:5174/', DEV_APP],
    ['https://localhost:5173/', DEV_APP],
    ['http://localhost.evil.com:5173/', DEV_APP],
    ['javascript:alert(1)', DEV_APP],
    ['data:text/html,hi', FILE_APP],
    ['not a url', FILE_APP],
    [FILE_APP, 'not a url'],
  ])('denies %s', (url, app) => {
    expect(isNavigationAllowed(url, app)).toBe(false);
  });
});

describe('isPermissionGranted', () => {
  it('grants only clipboard text writes', () => {
    expect(isPermissionGranted('clipboard-sanitized-write')).toBe(true);
    for (const p of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'openExternal',
      'fileSystem',
    ]) {
      expect(isPermissionGranted(p)).toBe(false);
    }
  });
});

class FakeContents extends EventEmitter {
  openHandler: (() => { action: string }) | undefined;
  setWindowOpenHandler(handler: () => { action: string }): void {
    this.openHandler = handler;
  }
}

function navigation(url: string) {
  return { url, preventDefault: vi.fn() };
}

describe('hardenWebContents', () => {
  const fake = new FakeContents();
  hardenWebContents(fake as unknown as WebContents, FILE_APP);

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])(
    '%s: blocks foreign URLs only',
    (name) => {
      const foreign = navigation('https://example.com/');
      fake.emit(name, foreign);
      expect(foreign.preventDefault).toHaveBeenCalled();
      const own = navigation(`${FILE_APP}#x`);
      fake.emit(name, own);
      expect(own.preventDefault).not.toHaveBeenCalled();
    },
  );

  it('refuses webviews and new windows', () => {
    const attach = { preventDefault: vi.fn() };
    fake.emit('will-attach-webview', attach, {}, { src: 'https://example.com' });
    expect(attach.preventDefault).toHaveBeenCalled();
    expect(fake.openHandler?.()).toEqual({ action: 'deny' });
  });
});

describe('hardenSession', () => {
  type HeadersListener = (
    details: { responseHeaders?: Record<string, string[]> },
    callback: (response: { responseHeaders?: Record<string, string[]> }) => void,
  ) => void;
  let requestHandler: ((c: unknown, p: string, cb: (granted: boolean) => void) => void) | undefined;
  let checkHandler: ((c: unknown, p: string) => boolean) | undefined;
  let headersListener: HeadersListener | undefined;
  const fake = {
    setPermissionRequestHandler: (h: typeof requestHandler) => {
      requestHandler = h;
    },
    setPermissionCheckHandler: (h: typeof checkHandler) => {
      checkHandler = h;
    },
    webRequest: {
      onHeadersReceived: (l: HeadersListener) => {
        headersListener = l;
      },
    },
  };
  hardenSession(fake as unknown as Session, "default-src 'self'");

  it('denies permission requests and checks', () => {
    const callback = vi.fn();
    requestHandler?.(null, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
    expect(checkHandler?.(null, 'geolocation')).toBe(false);
  });

  it('replaces any CSP header with its own and keeps the rest', () => {
    const callback = vi.fn();
    headersListener?.(
      { responseHeaders: { 'content-security-policy': ['*'], 'Content-Type': ['text/html'] } },
      callback,
    );
    expect(callback).toHaveBeenCalledWith({
      responseHeaders: { 'Content-Type': ['text/html'], 'Content-Security-Policy': ["default-src 'self'"] },
    });
  });
});
