import { PressRecordSchema, parsePressRelease, type PressRecord } from 'secpress';
import { sampleRecords } from 'secpress/data';

const record: PressRecord = parsePressRelease('Baku hosted an international conference on security.');
const checked: boolean = PressRecordSchema.safeParse(record).success && Array.isArray(sampleRecords);
if (!checked) throw new Error('the ESM build returned a record that does not validate');
