import * as z from 'zod/mini';
import { en } from 'zod/locales';

/**
 * zod/mini carries no message texts ("Invalid input" for everything) so that the app stays
 * small; where problems are shown as zod words (the command line, the "open a file" error),
 * load the English ones. The wizard translates problems itself, by issue code.
 */
export function loadEnglishSchemaMessages(): void {
  z.config(en());
}
