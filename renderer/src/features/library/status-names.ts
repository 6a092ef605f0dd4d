import type { DocStatus } from '../../model/types';

export const STATUS_NAMES: Record<DocStatus, string> = {
  todo: 'To do',
  in_progress: 'In progress',
  done: 'Done',
};
