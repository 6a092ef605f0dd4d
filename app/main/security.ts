import type { Session, WebContents, WebPreferences } from 'electron';

export function secureWebPreferences(preload: string): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
  };
}

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * True only for the app's own page: the same index file when loaded from disk (query and hash
 * ignored), or the same origin when loaded from the dev server. Everything else is denied.
 */
export function isNavigationAllowed(url: string, appUrl: string): boolean {
  const target = parseUrl(url);
  const app = parseUrl(appUrl);
  if (!target || !app) return false;
  if (app.protocol === 'file:') {
    return target.protocol === 'file:' && target.host === app.host && target.pathname === app.pathname;
  }
  if (app.protocol === 'http:' || app.protocol === 'https:') return target.origin === app.origin;
  return false;
}

/**
 * The one permission granted: writing plain text to the clipboard (the renderer's copy buttons).
 * Camera, microphone, notifications, geolocation, etc. are all refused.
 */
export function isPermissionGranted(permission: string): boolean {
  return permission === 'clipboard-sanitized-write';
}

/** Applied to every webContents the app creates (see `web-contents-created`). */
export function hardenWebContents(contents: WebContents, appUrl: string): void {
  const denyForeign = (event: { url: string; preventDefault(): void }): void => {
    if (!isNavigationAllowed(event.url, appUrl)) event.preventDefault();
  };
  contents.on('will-navigate', denyForeign);
  contents.on('will-frame-navigate', denyForeign);
  contents.on('will-redirect', denyForeign);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

export function hardenSession(session: Session, csp: string): void {
  session.setPermissionRequestHandler((_contents, permission, callback) =>
    callback(isPermissionGranted(permission)),
  );
  session.setPermissionCheckHandler((_contents, permission) => isPermissionGranted(permission));
  session.webRequest.onHeadersReceived((details, callback) => {
    const responseHeaders: Record<string, string[]> = {};
    for (const [name, value] of Object.entries(details.responseHeaders ?? {})) {
      if (name.toLowerCase() !== 'content-security-policy') responseHeaders[name] = value;
    }
    responseHeaders['Content-Security-Policy'] = [csp];
    callback({ responseHeaders });
  });
}
