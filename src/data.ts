/**
 * `secpress/data`: hand-checked records of real events, validated.
 *
 * @example
 * ```ts
 * import { sampleRecords } from 'secpress/data';
 *
 * sampleRecords.length >= 15;
 * //=> true
 * ```
 * @module
 */
import { z } from 'zod';
import r20160913AlmatyScoRatsCouncil29 from '../data/records/2016-09-13-almaty-sco-rats-council-29.json';
import r20170525BishkekCisSecurityCouncil from '../data/records/2017-05-25-bishkek-cis-security-council.json';
import r20170531DushanbeCisAtcAntiterrorUnits from '../data/records/2017-05-31-dushanbe-cis-atc-antiterror-units.json';
import r20171002BucharestInterpolCtCommitteeMena3 from '../data/records/2017-10-02-bucharest-interpol-ct-committee-mena-3.json';
import r20181114BishkekTurkon21 from '../data/records/2018-11-14-bishkek-turkon-21.json';
import r20190923KazanCisIntelligenceChiefs from '../data/records/2019-09-23-kazan-cis-intelligence-chiefs.json';
import r201911TashkentCisSecurityCouncil47 from '../data/records/2019-11-tashkent-cis-security-council-47.json';
import r202106VitebskSvrKgb from '../data/records/2021-06-vitebsk-svr-kgb.json';
import r20211013MoscowCisSecurityIntelligenceHeads from '../data/records/2021-10-13-moscow-cis-security-intelligence-heads.json';
import r20220726CholponAtaTurkicSpecialServices24 from '../data/records/2022-07-26-cholpon-ata-turkic-special-services-24.json';
import r20221019TashkentAfghanistanConference from '../data/records/2022-10-19-tashkent-afghanistan-conference.json';
import r20221114AnkaraCiaSvrTalks from '../data/records/2022-11-14-ankara-cia-svr-talks.json';
import r202309ScoRatsCouncil40 from '../data/records/2023-09-sco-rats-council-40.json';
import r20231016PaloAltoFiveEyesSummit from '../data/records/2023-10-16-palo-alto-five-eyes-summit.json';
import r202311TashkentSvrSssTalks from '../data/records/2023-11-tashkent-svr-sss-talks.json';
import r20240128ParisHostageTalks from '../data/records/2024-01-28-paris-hostage-talks.json';
import r20250429BakuAfghanistanConference from '../data/records/2025-04-29-baku-afghanistan-conference.json';
import r202505BakuAfghanistanConferenceRasc from '../data/records/2025-05-baku-afghanistan-conference-rasc.json';
import { PressRecordSchema, type PressRecord } from './schema/record.js';

/**
 * Hand-checked records of real security-service meetings, one per report (facts only: who, where,
 * when, what, who signed). Each record's `text` is a short factual summary written for this
 * package, not an outlet's article; its spans point into that summary. Among them are two reports
 * of one Baku conference that disagree on its date, to try `mergeEvents` (from `secpress`) on. The records are
 * validated against `PressRecordSchema` when the module loads, and frozen.
 *
 * @example
 * ```ts
 * import { sampleRecords } from 'secpress/data';
 *
 * sampleRecords.find((r) => r.event.series?.edition === 47)?.event.location;
 * //=> { city: 'Tashkent', country: 'UZ' }
 * ```
 */
export const sampleRecords: readonly PressRecord[] = Object.freeze(
  z.array(PressRecordSchema).parse([
    r20160913AlmatyScoRatsCouncil29,
    r20170525BishkekCisSecurityCouncil,
    r20170531DushanbeCisAtcAntiterrorUnits,
    r20171002BucharestInterpolCtCommitteeMena3,
    r20181114BishkekTurkon21,
    r20190923KazanCisIntelligenceChiefs,
    r201911TashkentCisSecurityCouncil47,
    r202106VitebskSvrKgb,
    r20211013MoscowCisSecurityIntelligenceHeads,
    r20220726CholponAtaTurkicSpecialServices24,
    r20221019TashkentAfghanistanConference,
    r20221114AnkaraCiaSvrTalks,
    r202309ScoRatsCouncil40,
    r20231016PaloAltoFiveEyesSummit,
    r202311TashkentSvrSssTalks,
    r20240128ParisHostageTalks,
    r20250429BakuAfghanistanConference,
    r202505BakuAfghanistanConferenceRasc,
  ]),
);
