import type { OrgInfo } from '../dataset';

export interface OrgFields {
  id: string | null;
  name: string | null;
  type: string | null;
  province: string | null;
  district: string | null;
}

/** Turns organisation fields into stable indices, merging what several files say about one agency. */
export class OrgRegistry {
  readonly orgs: OrgInfo[] = [];
  private readonly byKey = new Map<string, number>();

  /** Key of an organisation: its id, else its name, else '' (one unnamed organisation). */
  static keyOf(id: string | null, name: string | null): string {
    if (id) return id;
    if (name) return `name:${name}`;
    return '';
  }

  /**
   * Index of the organisation, created on first sight. Fields fill gaps of what is known; a conflicting
   * name is returned so the caller can report it (the first name is kept).
   */
  resolve(f: OrgFields): { index: number; nameConflict: string | null } {
    const key = OrgRegistry.keyOf(f.id, f.name);
    let index = this.byKey.get(key);
    if (index === undefined) {
      index = this.orgs.length;
      this.byKey.set(key, index);
      this.orgs.push({
        key,
        id: f.id,
        name: f.name,
        type: f.type,
        province: f.province,
        district: f.district,
      });
      return { index, nameConflict: null };
    }
    const o = this.orgs[index] as OrgInfo;
    let nameConflict: string | null = null;
    if (f.name && o.name && f.name !== o.name) nameConflict = o.name;
    o.name ??= f.name;
    o.type ??= f.type;
    o.province ??= f.province;
    o.district ??= f.district;
    return { index, nameConflict };
  }

  /** Index by id, if known. */
  findById(id: string): number | undefined {
    return this.byKey.get(id);
  }
}
