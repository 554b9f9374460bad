/** Row of `regions`: official Kemendagri administrative areas (dotted codes such as `32.73.01.1001`). */
export interface RegionsTable {
  code: string;
  code_system: string;
  name: string;
  level: 'province' | 'regency' | 'city' | 'district' | 'village' | 'urban_village';
  parent_code: string | null;
  province_code: string;
}
