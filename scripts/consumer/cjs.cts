import secpress = require('secpress');
import data = require('secpress/data');

const record: secpress.PressRecord = secpress.parsePressRelease('Baku hosted an international conference on security.');
if (!secpress.PressRecordSchema.safeParse(record).success || !Array.isArray(data.sampleRecords)) {
  throw new Error('the CommonJS build returned a record that does not validate');
}
