import '@testing-library/jest-dom/vitest';
import { loadEnglishDates } from './lib/vi/date-text';

// The app loads English dates with the English strings; components rendered in English here get
// them from the start.
await loadEnglishDates();
