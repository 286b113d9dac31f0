import { writePgliteTemplate } from './test-database.ts';

const file = process.argv[2];
if (!file) throw new Error('usage: make-template.ts OUTPUT_FILE');
await writePgliteTemplate(file);
