/**
 * What a person did to an event, in words for readers: checked by an editor, or extracted
 * automatically; and which fields an editor changed. The card, the list and the exports all say
 * it the same way, so a journalist citing the timeline knows what a human confirmed. Kept here
 * rather than in the interface strings: only the lazy card, list and exports need it.
 */
import type { TimelineEvent } from '../dataset/types';
import type { Lang } from '../i18n';

const WORDS = {
  vi: {
    checked: 'Đã được biên tập viên kiểm tra',
    automatic: 'Trích tự động từ bài báo',
    edited: (fields: string) => `Biên tập viên đã sửa: ${fields}`,
    fields: {
      kind: 'loại',
      date: 'ngày',
      endDate: 'ngày kết thúc',
      precision: 'độ chính xác của ngày',
      title: 'tiêu đề',
      label: 'nhãn',
      summary: 'tóm tắt',
      sources: 'nguồn',
      people: 'người liên quan',
      documents: 'văn bản',
    } as Record<string, string>,
  },
  en: {
    checked: 'Checked by an editor',
    automatic: 'Extracted automatically',
    edited: (fields: string) => `Edited by an editor: ${fields}`,
    fields: {
      kind: 'kind',
      date: 'date',
      endDate: 'end date',
      precision: 'date precision',
      title: 'title',
      label: 'label',
      summary: 'summary',
      sources: 'sources',
      people: 'people',
      documents: 'documents',
    } as Record<string, string>,
  },
} as const;

export interface EditorialNote {
  checked: boolean;
  /** "Checked by an editor" or "Extracted automatically". */
  status: string;
  /** "Edited by an editor: title, date", or null when no field was changed. */
  edited: string | null;
}

export function editorialNote(
  event: Pick<TimelineEvent, 'reviewed' | 'edited'>,
  lang: Lang,
): EditorialNote {
  const words = WORDS[lang];
  const checked = event.reviewed === true;
  const fields = (event.edited ?? []).map((f) => words.fields[f] ?? f);
  return {
    checked,
    status: checked ? words.checked : words.automatic,
    edited: fields.length ? words.edited(fields.join(', ')) : null,
  };
}

/** The note as one line: `Checked by an editor. Edited by an editor: title, date.` */
export function editorialLine(event: Pick<TimelineEvent, 'reviewed' | 'edited'>, lang: Lang) {
  const note = editorialNote(event, lang);
  return note.edited ? `${note.status}. ${note.edited}.` : `${note.status}.`;
}
