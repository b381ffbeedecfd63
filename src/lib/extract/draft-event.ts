import type { TimelineEvent } from '../dataset/types';

/** An event as merging builds it: its id and label are given once every event is known. */
export type DraftEvent = Omit<TimelineEvent, 'id' | 'label'>;
