import { createBrowserBridge } from './browser-bridge';
import type { MenuCommand, TandaiBridge } from './contract';

const browserBridge = window.tandai ? undefined : createBrowserBridge();

/** The Electron preload's bridge when there is one, else the browser's. */
export const bridge: TandaiBridge = window.tandai ?? (browserBridge as TandaiBridge);

/** In the browser the app draws its own menu bar; in Electron the native menu sends the commands. */
export const hasNativeMenu = bridge.shell === 'electron';

export function runMenuCommand(command: MenuCommand): void {
  browserBridge?.dispatchMenuCommand(command);
}
