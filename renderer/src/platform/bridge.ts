import { createBrowserBridge } from './browser-bridge';
import type { TandaiBridge } from './contract';

/** The Electron preload's bridge when there is one, else the browser's. */
export const bridge: TandaiBridge = window.tandai ?? createBrowserBridge();

/** In the browser the app draws its own menu bar and shortcuts; in Electron the native menu sends commands. */
export const hasNativeMenu = bridge.shell === 'electron';
