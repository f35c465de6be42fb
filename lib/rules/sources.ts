import type { RuleSource } from './types';

/**
 * The public pages the rules rest on, as the researched reference cites them (docs/reference/domain.md) (section in brackets).
 * One place, so two rules citing a page cite it the same way. Rule files `import * as SOURCES`: separate
 * constants let the content-script bundle drop them with the prose.
 */

export const ncciPtp: RuleSource = {
  title: 'CMS: Medicare NCCI procedure-to-procedure (PTP) edits (1.1)',
  url: 'https://www.cms.gov/medicare/coding-billing/national-correct-coding-initiative-ncci-edits/medicare-ncci-procedure-procedure-ptp-edits',
};
export const aapcModifier59: RuleSource = {
  title: 'AAPC PM&R Coding Alert: put modifier 59 on the column 2 code (1.1)',
  url: 'https://aapc.com/codes/coding-newsletters/my-physical-medicine-rehab-coding-alert/reader-questions-get-confident-with-your-modifier-59-placement-article',
};
export const chiroEcoX: RuleSource = {
  title: 'ChiroEco: 59 and the X modifiers XE, XS, XP, XU (1.1)',
  url: 'https://www.chiroeco.com/payment-for-precision-changes-to-the-59-modifier-for-therapeutic-procedure-codes/',
};
export const chiroOrgCci: RuleSource = {
  title: 'chiro.org / ACA: CCI edits for CMT with 97140, 97124, 97112 (1.2)',
  url: 'https://chiro.org/Medicare/ABSTRACTS/CCI_Edits.shtml',
};
export const webpt97530: RuleSource = {
  title: 'WebPT quoting CMS: modifier 59 with 97530 and 97140, distinct time blocks (1.2)',
  url: 'https://www.webpt.com/blog/how-to-handle-modifier-59-denials-for-97530-and-97140/',
};
export const codingAhead97124: RuleSource = {
  title: 'CodingAhead: CPT 97124 guidelines and modifiers (1.2)',
  url: 'https://www.codingahead.com/cpt-code-97124-description-guidelines-reimbursement-modifiers-examples/',
};
export const massageTodayCpt: RuleSource = {
  title: 'Massage Today: CPT codes for massage therapists (1.2)',
  url: 'https://www.massagetoday.com/articles/12049/CPT-Codes',
};
export const palmetto97010: RuleSource = {
  title: 'Palmetto GBA (Medicare contractor): 97010 is bundled, status B (1.2)',
  url: 'https://www.palmettogba.com/palmetto/jjb.nsf/DID/8EELLZ1747',
};
export const horizon97010: RuleSource = {
  title: 'Horizon BCBSNJ: hot or cold pack therapy reimbursement policy (1.2)',
  url: 'https://horizonbluestaging.com/providers/policies-procedures/policies/reimbursement-policies-guidelines/hot-or-cold-pack-therapy',
};
export const codingAhead97014: RuleSource = {
  title: 'CodingAhead: 97014 and G0283 (1.2)',
  url: 'https://webhooks.codingahead.com/cpt/codes/97014',
};
export const nuccTaxonomy: RuleSource = {
  title: 'NUCC provider taxonomy: 225700000X Massage Therapist (4.2)',
  url: 'https://taxonomy.nucc.org/',
};
export const x12Carc: RuleSource = {
  title: 'X12: Claim Adjustment Reason Codes (7)',
  url: 'https://x12.org/codes/claim-adjustment-reason-codes',
};
export const x12Rarc: RuleSource = {
  title: 'X12: Remittance Advice Remark Codes (7)',
  url: 'https://x12.org/codes/remittance-advice-remark-codes',
};
export const fcsoBox17: RuleSource = {
  title: 'First Coast (Medicare contractor): boxes 17, 17a and 17b (6)',
  url: 'https://medicare.fcso.com/FAQs/Answers/157108.asp',
};
export const cms8Minute: RuleSource = {
  title: 'ChiroCode quoting CMS Claims Processing Manual ch. 5, 20.2: the 8-minute rule (3.1)',
  url: 'https://www.chirocode.com/article.html?id=25388',
};
export const aotaTimed: RuleSource = {
  title: 'AOTA: timed codes (3.1)',
  url: 'https://staging.aota.org/practice/practice-essentials/coding/timed-codes',
};
export const amaMidpoint: RuleSource = {
  title: 'WeSetTheStandards: the 8-minute rule and the CPT midpoint rule (3.2)',
  url: 'https://wesetthestandards.com/the-8-minute-rule-on-billing-timed-services',
};
export const hns97124: RuleSource = {
  title: 'Health Network Solutions: 97124 massage therapy, timed (3.3)',
  url: 'https://healthnetworksolutions.net/index.php/massage-therapy-97124',
};
export const nuccManual: RuleSource = {
  title: 'NUCC 1500 Reference Instruction Manual 02/12, box 24A (6)',
  url: 'https://wixlib.com/document/1d8bb_national-uniform-claim-committee-cms-1500-claim.html',
};
export const npiCheckDigit: RuleSource = {
  title: 'CMS: Requirements for NPI check digit (4.1)',
  url: 'https://www.cms.gov/Regulations-and-Guidance/Administrative-Simplification/NationalProvIdentStand/Downloads/NPIcheckdigit.pdf',
};
export const icdFiles: RuleSource = {
  title: 'CDC/NCHS: ICD-10-CM code files and official guidelines (5.2)',
  url: 'https://www.cdc.gov/nchs/icd/icd-10-cm/files.html',
};
export const icdM545: RuleSource = {
  title: 'icdlist: M54.5 valid through September 30, 2021 (5.1)',
  url: 'https://icdlist.com/icd-10/M54.5',
};
export const aapcXPlaceholder: RuleSource = {
  title: 'AAPC: the X placeholder in ICD-10-CM codes (5.2)',
  url: 'https://aapc.com/codes/coding-newsletters/my-neurology-coding-alert/reader-question-brush-up-on-the-x-character-in-icd-10-148192-article',
};
export const speedysoft24e: RuleSource = {
  title: 'SpeedySoft (NUCC and Medicare instructions): box 24E diagnosis pointer (6)',
  url: 'https://support.speedysoftusa.com/portal/en/kb/articles/field-24e-diagnosis-pointer-lines-1-6',
};
export const stediPointers: RuleSource = {
  title: 'Stedi: claim edit for invalid diagnosis pointers (6)',
  url: 'https://www.stedi.com/changelog/new-claim-edit-invalid-diagnosis-pointers',
};
export const medicareTimely: RuleSource = {
  title: 'CMS/Medicaid FAQ 10562: Medicare claims due within 12 months, 42 CFR 424.44 (8)',
  url: 'https://webarchive.library.unt.edu/web/20170118202106/https://questions.medicaid.gov/faq.php?faqId=10562&id=5010',
};
export const commercialTimely: RuleSource = {
  title: 'MedClaims LLC: commercial timely filing limits (8)',
  url: 'https://www.medclaimsllc.com/blogs/timely-filing-is-vital-for-physicians-and-medical-billing-companies/',
};
export const cmsMue: RuleSource = {
  title: 'CMS: Medicare NCCI medically unlikely edits (MUE) (2)',
  url: 'https://www.cms.gov/medicare/coding-billing/national-correct-coding-initiative-ncci-edits/medicare-ncci-medically-unlikely-edits',
};
export const fcsoMue: RuleSource = {
  title: 'First Coast (Medicare contractor): MUEs and their adjudication indicators (2)',
  url: 'https://medicare.fcso.com/coding/medically-unlikely-edits-avoid-denials-and-appeals-properly-coding-first',
};
export const palmettoMue: RuleSource = {
  title: 'Palmetto GBA (Medicare contractor): MUE adjudication indicators 1, 2 and 3 (2)',
  url: 'https://www.palmettogba.com/palmetto/jma.nsf/DID/A44KL34718',
};
export const functionalPathwaysMue: RuleSource = {
  title: 'Functional Pathways quoting the CMS practitioner MUE table, 2017 (2)',
  url: 'http://blog.functionalpathways.com/2017/09/20/medically-unlikely-edits/',
};
export const lcdTimedProcedures: RuleSource = {
  title: 'Medicare LCD text quoted: 97110-97124 "each 15 minutes", counting minutes for timed codes (3.3)',
  url: 'https://medicalbillingcptmodifiers.com/2020/11/cpt-97110-97112-97113-97116-97124-97139.html',
};
export const lcdTimedModalities: RuleSource = {
  title: 'Medicare LCD text quoted: constant attendance modalities 97032-97036, each 15 minutes (3.3)',
  url: 'http://www.whatismedicalinsurancebilling.org/2010/07/therapy-cpt-code-97034-97035-97036.html',
};
export const evicoreMassage: RuleSource = {
  title: 'eviCore: massage therapy clinical guidelines (5.4)',
  url: 'https://www.evicore.com/provider/clinical-guidelines-details?solution=musculoskeletal%20therapies',
};
export const lifewiseMassage: RuleSource = {
  title: 'LifeWise medical policy 8.03.502: physical medicine and medical massage therapy (5.4)',
  url: 'https://www.lifewiseor.com/medicalpolicies/CMI_051155.htm',
};
export const massagePracticeBuilderIcd: RuleSource = {
  title: 'Massage Practice Builder: ICD-10 codes for massage therapists (5.4)',
  url: 'https://www.massagepracticebuilder.com/icd-10-codes-for-massage-therapists/',
};
export const mirahealth97140: RuleSource = {
  title: 'Mira Health: CPT 97140 includes manual lymphatic drainage (5.4)',
  url: 'https://mirahealth.care/reference/cpt/97140',
};
export const eclaimsBox22: RuleSource = {
  title: 'eClaims: CMS-1500 box 22, resubmission code 7 and the original reference number (6)',
  url: 'https://www.eclaims.com/articles/hcfa-1500-box-22-resubmission-code-and-original-reference-number',
};
export const cms1500Box10: RuleSource = {
  title: 'cms1500claimbilling: boxes 10a-c, condition related to employment or an accident (6)',
  url: 'https://cms1500claimbilling.com/cms-1500-box-10-a-c',
};
export const speedysoft11b: RuleSource = {
  title: 'SpeedySoft quoting NUCC: box 11b, other claim ID, qualifier Y4 (6)',
  url: 'https://support.speedysoftusa.com/portal/en/kb/articles/field-11-b-other-claim-id',
};
export const uhcTherapyModifiers: RuleSource = {
  title: 'UnitedHealthcare commercial: GO/GP modifiers on "always therapy" codes (10)',
  url: 'https://www.uhcprovider.com/en/policies-protocols/commercial-policies/commercial-reimbursement-policies/COMM-Physical-Med-Rehab-PT-OT-and-Evaluation-Mgmt-Policy.html',
};
export const aotaUhcModifiers: RuleSource = {
  title: 'AOTA: UnitedHealthcare requires therapy modifiers on "always therapy" codes (10)',
  url: 'https://aota.org/advocacy/advocacy-news/2019/united-healthcare-requires-therapy-modifiers',
};
export const nyscaUhcGp: RuleSource = {
  title: 'NYSCA: UnitedHealthcare requires GP on physical medicine services (10)',
  url: 'https://www.nysca.com/index.php?option=com_dailyplanetblog&view=entry&category=insurance-news&id=1518:unitedhealthcare-requires-gp-always-therapy-modifier-effective-april-1-2020',
};
