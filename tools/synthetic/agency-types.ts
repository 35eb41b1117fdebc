/**
 * Agency types of the synthetic national dataset, with counts close to the real ITA population
 * (about 8,300 agencies, about 7,850 of them local administrations; shared/domain/ITA.md "National picture").
 */
import type { CentralNameKind } from './names';

/** Key of an agency type. */
export type AgencyTypeKey =
  | 'sao'
  | 'tambonMunicipality'
  | 'townMunicipality'
  | 'cityMunicipality'
  | 'pao'
  | 'department'
  | 'stateEnterprise'
  | 'publicOrganisation'
  | 'university'
  | 'province'
  | 'otherState';

/** One agency type. */
export interface AgencyType {
  key: AgencyTypeKey;
  /** The `org_type` written to the files. */
  labelTh: string;
  labelEn: string;
  /** Local administration (placed in a district of a province outside Bangkok). */
  local: boolean;
  /** Number of such agencies in the first year (2562); a few appear or disappear later. */
  count: number;
  /** Name prefix for local agencies; central agencies use `nameKind`. */
  prefix: string;
  nameKind: CentralNameKind | null;
  /** Shift of the agency's latent quality (in standard deviations). */
  quality: number;
  /** Typical respondents per year: IIT (staff) and EIT (service users). */
  iitRespondents: number;
  eitRespondents: number;
}

function local(
  key: AgencyTypeKey,
  labelTh: string,
  labelEn: string,
  count: number,
  quality: number,
  iit: number,
  eit: number,
): AgencyType {
  return {
    key,
    labelTh,
    labelEn,
    local: true,
    count,
    prefix: labelTh,
    nameKind: null,
    quality,
    iitRespondents: iit,
    eitRespondents: eit,
  };
}

function central(
  key: AgencyTypeKey,
  labelTh: string,
  labelEn: string,
  count: number,
  nameKind: CentralNameKind,
  quality: number,
  iit: number,
  eit: number,
): AgencyType {
  return {
    key,
    labelTh,
    labelEn,
    local: false,
    count,
    prefix: '',
    nameKind,
    quality,
    iitRespondents: iit,
    eitRespondents: eit,
  };
}

/** All types, in the order agencies are listed (central first, then local from the province level down). */
export const AGENCY_TYPES: readonly AgencyType[] = [
  central('department', 'ส่วนราชการ', 'Government department', 170, 'department', 0.55, 320, 260),
  central('stateEnterprise', 'รัฐวิสาหกิจ', 'State enterprise', 52, 'enterprise', 0.6, 380, 300),
  central('publicOrganisation', 'องค์การมหาชน', 'Public organisation', 55, 'publicOrg', 0.65, 150, 200),
  central('university', 'สถาบันอุดมศึกษา', 'Higher-education institution', 80, 'university', 0.35, 420, 320),
  central('province', 'จังหวัด', 'Province (provincial administration)', 76, 'province', 0.45, 180, 220),
  central('otherState', 'หน่วยงานอื่นของรัฐ', 'Other state agency', 17, 'other', 0.6, 120, 150),
  local('pao', 'องค์การบริหารส่วนจังหวัด', 'Provincial administrative organisation', 76, 0.3, 220, 240),
  local('cityMunicipality', 'เทศบาลนคร', 'City municipality', 30, 0.35, 380, 300),
  local('townMunicipality', 'เทศบาลเมือง', 'Town municipality', 195, 0.2, 130, 160),
  local('tambonMunicipality', 'เทศบาลตำบล', 'Subdistrict municipality', 2240, 0.05, 48, 100),
  local('sao', 'องค์การบริหารส่วนตำบล', 'Subdistrict administrative organisation', 5305, -0.1, 38, 88),
];

/** Type by key. */
export const AGENCY_TYPE: Readonly<Record<AgencyTypeKey, AgencyType>> = Object.fromEntries(
  AGENCY_TYPES.map((t) => [t.key, t]),
) as Record<AgencyTypeKey, AgencyType>;
