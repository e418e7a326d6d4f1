// Parses the bundled sample release (our own writing) with the built library and prints the record.
import { readFileSync } from 'node:fs';
import { parsePressRelease } from '../dist/index.js';

const text = readFileSync(new URL('../examples/sample-release.txt', import.meta.url), 'utf8');
console.log(JSON.stringify(parsePressRelease(text), null, 2));
