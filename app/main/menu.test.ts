import type { KeyboardEvent, MenuItem, MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import type { MenuCommand } from '../../renderer/src/platform/contract';
import { menuTemplate } from './menu';

function submenu(menu: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] {
  const top = menu.find((item) => item.label === label);
  if (!top || !Array.isArray(top.submenu)) throw new Error(`no ${label} menu`);
  return top.submenu;
}

function item(menu: MenuItemConstructorOptions[], path: [string, string]): MenuItemConstructorOptions {
  const found = submenu(menu, path[0]).find((entry) => entry.label === path[1]);
  if (!found) throw new Error(`no ${path.join(' → ')}`);
  return found;
}

function click(entry: MenuItemConstructorOptions): void {
  entry.click?.({} as MenuItem, undefined, {} as KeyboardEvent);
}

describe('menuTemplate', () => {
  it.each<[[string, string], string, MenuCommand]>([
    [['File', 'Import…'], 'CmdOrCtrl+O', 'import'],
    [['File', 'Export dataset…'], 'CmdOrCtrl+E', 'export'],
    [['Edit', 'Undo'], 'CmdOrCtrl+Z', 'undo'],
    [['Edit', 'Redo'], 'CmdOrCtrl+Shift+Z', 'redo'],
    [['Edit', 'Find…'], 'CmdOrCtrl+F', 'find'],
    [['Help', 'Guideline and shortcuts'], 'F1', 'help'],
  ])('%j has %s and sends %s', (path, accelerator, command) => {
    for (const platform of ['linux', 'win32', 'darwin'] as const) {
      const send = vi.fn();
      const entry = item(menuTemplate(platform, send), path);
      expect(entry.accelerator).toBe(accelerator);
      click(entry);
      expect(send).toHaveBeenCalledExactlyOnceWith(command);
    }
  });

  it('has File, Edit and Help with Quit under File off macOS', () => {
    const menu = menuTemplate('linux', () => {});
    expect(menu.map((m) => m.label)).toEqual(['File', 'Edit', 'Help']);
    expect(submenu(menu, 'File').some((m) => m.role === 'quit' && m.label === 'Quit')).toBe(true);
    expect(submenu(menu, 'Edit').some((m) => m.role === 'copy' && m.label === 'Copy')).toBe(true);
  });

  it('adds the app menu on macOS and moves Quit there', () => {
    const menu = menuTemplate('darwin', () => {});
    expect(menu[0]?.label).toBe('Tandai');
    expect(submenu(menu, 'Tandai').some((m) => m.role === 'quit')).toBe(true);
    expect(submenu(menu, 'File').some((m) => m.role === 'quit')).toBe(false);
  });

  it('sends nothing until clicked', () => {
    const send = vi.fn();
    menuTemplate('linux', send);
    expect(send).not.toHaveBeenCalled();
  });
});
