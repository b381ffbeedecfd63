/**
 * The dataset as downloadable files (issue 5): JSON as published, CSV for spreadsheets and
 * TimelineJS JSON for Knight Lab's tool. Pure: returns the text, the type and a file name; the
 * download menu turns them into Blobs.
 */
import type { Dataset } from '../dataset/types';
import type { Lang } from '../i18n';
import { datasetToCsv } from '../share/csv';
import { datasetToTimelineJs } from '../share/timelinejs';

export type DataFormat = 'json' | 'csv' | 'timelinejs';
export const DATA_FORMATS: readonly DataFormat[] = ['json', 'csv', 'timelinejs'];

export interface DataFile {
  filename: string;
  type: string;
  text: string;
}

export interface DataFileOptions {
  lang?: Lang;
  /** Absolute app URL, so permalinks in the files work outside the app. */
  siteUrl?: string | null;
  /** TimelineJS's title slide. */
  title?: string;
  /** File name stem. */
  stem?: string;
}

export function dataFile(
  dataset: Dataset,
  format: DataFormat,
  options: DataFileOptions = {},
): DataFile {
  const stem = options.stem ?? 'dong-thoi-gian-thanh-uy-ha-noi';
  switch (format) {
    case 'json':
      return {
        filename: `${stem}.json`,
        type: 'application/json',
        text: `${JSON.stringify(dataset, null, 2)}\n`,
      };
    case 'csv':
      return {
        filename: `${stem}.csv`,
        type: 'text/csv;charset=utf-8',
        text: datasetToCsv(dataset, { siteUrl: options.siteUrl ?? null }),
      };
    case 'timelinejs':
      return {
        filename: `${stem}.timelinejs.json`,
        type: 'application/json',
        text: `${JSON.stringify(
          datasetToTimelineJs(dataset, {
            lang: options.lang ?? 'vi',
            siteUrl: options.siteUrl ?? null,
            ...(options.title ? { title: { headline: options.title } } : {}),
          }),
          null,
          2,
        )}\n`,
      };
  }
}
