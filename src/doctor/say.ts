/** A finding in words: its reading's sentence, with the pool's ids filled in. */
import type { Finding } from './findings';
import type { DoctorWords, WordParams } from './words';

export function sayFinding(words: DoctorWords, finding: Finding, params: WordParams): string {
  // Each finding's readings are the keys of its words (DoctorWords['findings']), which TypeScript
  // checks there; it cannot follow the pairing of id and reading through the union here.
  const sentences = words.findings[finding.id] as unknown as Record<string, (p: WordParams) => string>;
  return sentences[finding.reading]!(params);
}
