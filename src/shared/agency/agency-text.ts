import type { OrgInfo } from '@analysis/dataset';

/** An agency's name as shown: its name, else its id, else `unnamed` (in the UI language). */
export function agencyName(info: OrgInfo, unnamed: string): string {
  return info.name ?? info.id ?? unnamed;
}

/** Where an agency is, as one line: type · province · district (the parts the data give). */
export function agencyPlace(info: OrgInfo): string {
  return [info.type, info.province, info.district].filter(Boolean).join(' · ');
}
