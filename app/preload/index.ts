import { contextBridge, type IpcRendererEvent, ipcRenderer } from 'electron';
import {
  CHANNELS,
  MENU_COMMANDS,
  type MenuCommand,
  type TandaiBridge,
} from '../../renderer/src/platform/contract';

function isMenuCommand(value: unknown): value is MenuCommand {
  return (MENU_COMMANDS as readonly unknown[]).includes(value);
}

const bridge = {
  shell: 'electron',
  openFiles: (kind) => ipcRenderer.invoke(CHANNELS.openFiles, kind),
  beginSave: (suggestedName) => ipcRenderer.invoke(CHANNELS.beginSave, suggestedName),
  writeChunk: (token, chunk) => ipcRenderer.invoke(CHANNELS.writeChunk, token, chunk),
  endSave: (token) => ipcRenderer.invoke(CHANNELS.endSave, token),
  onMenuCommand(listener) {
    const forward = (_event: IpcRendererEvent, command: unknown): void => {
      if (isMenuCommand(command)) listener(command);
    };
    ipcRenderer.on(CHANNELS.menuCommand, forward);
    return () => {
      ipcRenderer.removeListener(CHANNELS.menuCommand, forward);
    };
  },
} satisfies TandaiBridge;

contextBridge.exposeInMainWorld('tandai', bridge);
