import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, Menu, session } from 'electron';
import { CHANNELS } from '../../renderer/src/platform/contract';
import { contentSecurityPolicy } from './csp';
import { createFileService } from './files';
import { createIpcHandlers } from './ipc';
import { menuTemplate } from './menu';
import { hardenSession, hardenWebContents, isNavigationAllowed, secureWebPreferences } from './security';

const devUrl = process.env.ELECTRON_RENDERER_URL;
const indexHtml = join(import.meta.dirname, '../renderer/index.html');
const appUrl = devUrl ?? pathToFileURL(indexHtml).href;

let mainWindow: BrowserWindow | null = null;

function createWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 800,
    minHeight: 500,
    title: 'Tandai',
    show: false,
    webPreferences: secureWebPreferences(join(import.meta.dirname, '../preload/index.cjs')),
  });
  win.once('ready-to-show', () => win.show());
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
  });
  const loading = devUrl ? win.loadURL(devUrl) : win.loadFile(indexHtml);
  loading.catch((error: unknown) => console.error('Tandai: could not load the workbench:', error));
  return win;
}

function focusMainWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

const files = createFileService({
  showOpenDialog: (options) =>
    mainWindow ? dialog.showOpenDialog(mainWindow, options) : dialog.showOpenDialog(options),
  showSaveDialog: (options) =>
    mainWindow ? dialog.showSaveDialog(mainWindow, options) : dialog.showSaveDialog(options),
});

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', focusMainWindow);
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, appUrl));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => void files.closeAll());
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) mainWindow = createWindow();
  });

  void app.whenReady().then(() => {
    hardenSession(session.defaultSession, contentSecurityPolicy({ dev: devUrl !== undefined }));
    const handlers = createIpcHandlers(files, (url) => isNavigationAllowed(url, appUrl));
    for (const [channel, handler] of Object.entries(handlers)) ipcMain.handle(channel, handler);
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        menuTemplate(process.platform, (command) =>
          mainWindow?.webContents.send(CHANNELS.menuCommand, command),
        ),
      ),
    );
    mainWindow = createWindow();
  });
}
