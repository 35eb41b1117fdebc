import type { Message } from './problem-log';

/** Thai and English texts of every ingest problem; each says what is wrong and how to fix it. */
export const msg = {
  emptyFile: (): Message => ({
    th: 'ไฟล์ว่าง ไม่มีข้อมูล — ตรวจสอบว่าเลือกไฟล์ถูกต้อง หรือดาวน์โหลดแบบฟอร์มเปล่าแล้วกรอกข้อมูล',
    en: 'The file is empty — check that you picked the right file, or download a blank template and fill it in',
  }),
  unrecognisedHeaders: (headers: string): Message => ({
    th: `ไม่รู้จักหัวคอลัมน์ (${headers}) — ตั้งชื่อคอลัมน์เป็น org_id, year, code, score (หรือ รหัสหน่วยงาน, ปีงบประมาณ, ข้อ, คะแนน) หรือจับคู่คอลัมน์เอง`,
    en: `Column headers not recognised (${headers}) — name the columns org_id, year, code, score (or their Thai names), or map the columns yourself`,
  }),
  quotes: (): Message => ({
    th: 'เครื่องหมายคำพูด (") ในแถวนี้ไม่ครบคู่ จึงอ่านแถวนี้โดยถือเครื่องหมายคำพูดเป็นตัวอักษรธรรมดา แถวต่อจากนี้อ่านตามปกติ — ตรวจสอบแถวนี้ แล้วลบหรือปิดเครื่องหมายคำพูดให้ครบ',
    en: 'Unbalanced quote (") on this row: the row was read with the quote as a plain character and the rows after it as usual — check this row, and remove or close the quote',
  }),
  ignoredColumns: (cols: string, n: number): Message => ({
    th: `ไม่ได้ใช้ ${n} คอลัมน์ (${cols}) เพราะไม่ใช่คอลัมน์ที่ ITA Lens รู้จัก — ไม่ต้องแก้ไข หากเป็นคอลัมน์คะแนนให้เปลี่ยนชื่อเป็นรหัส เช่น E10`,
    en: `${n} column(s) not used (${cols}): not columns ITA Lens knows — nothing to do; if one holds scores, name it by its code, e.g. E10`,
  }),
  matchedColumn: (col: string, id: number, name: string): Message => ({
    th: `อ่านคอลัมน์ "${col}" เป็นตัวชี้วัดที่ ${id} ${name} (ชื่อใกล้เคียง) — หากไม่ถูกต้องให้แก้ชื่อคอลัมน์`,
    en: `Column "${col}" read as indicator ${id} ${name} (closest name) — rename the column if that is wrong`,
  }),
  yearFromCE: (ce: number, be: number): Message => ({
    th: `ปี ${ce} เป็นปีคริสต์ศักราช อ่านเป็นปีงบประมาณ พ.ศ. ${be} — ใช้ปี พ.ศ. ในไฟล์เพื่อไม่ให้สับสน`,
    en: `Year ${ce} is Common Era; read as fiscal year ${be} BE — write Buddhist Era years to avoid confusion`,
  }),
  badYear: (): Message => ({
    th: 'ปีงบประมาณไม่ถูกต้อง แถวนี้ไม่ถูกนำมาใช้ — ใส่ปี พ.ศ. 4 หลัก เช่น 2567',
    en: 'Not a fiscal year; the row was not used — write a four-digit Buddhist Era year, e.g. 2567',
  }),
  missingYear: (): Message => ({
    th: 'ไม่ทราบปีงบประมาณ แถวนี้ไม่ถูกนำมาใช้ — เพิ่มคอลัมน์ ปีงบประมาณ ในไฟล์ หรือระบุปีงบประมาณของไฟล์นี้',
    en: 'No fiscal year; the row was not used — add a year column to the file, or give this file’s fiscal year',
  }),
  noFramework: (year: number, known: string): Message => ({
    th: `ไม่มีเกณฑ์การประเมินของปี ${year} (มีปี ${known}) แถวนี้ไม่ถูกนำมาใช้ — ตรวจสอบปี หรือโหลดไฟล์เกณฑ์ (JSON) ของปีนั้น`,
    en: `No assessment framework for ${year} (known: ${known}); the row was not used — check the year or load a framework file (JSON) for it`,
  }),
  frameworkFallback: (year: number, used: number): Message => ({
    th: `ยังไม่มีเกณฑ์ของปี ${year} ใช้เกณฑ์ปี ${used} แทน — โหลดไฟล์เกณฑ์ของปี ${year} หากมีการเปลี่ยนแปลง`,
    en: `No framework for ${year} yet; the ${used} framework was used — load a ${year} framework file if the rules changed`,
  }),
  unknownCode: (): Message => ({
    th: 'ไม่รู้จักรหัสนี้ แถวนี้ไม่ถูกนำมาใช้ — ใช้ 1–10 (ตัวชี้วัด), I1–I30, E1–E15, O1–On หรือ overall',
    en: 'Unknown code; the row was not used — use 1–10 (indicators), I1–I30, E1–E15, O1–On or overall',
  }),
  codeNotInFramework: (code: string, year: number): Message => ({
    th: `ไม่มีข้อ ${code} ในเกณฑ์ปี ${year} แถวนี้ไม่ถูกนำมาใช้ — ตรวจสอบรหัสข้อหรือปีงบประมาณ`,
    en: `${code} does not exist in the ${year} framework; the row was not used — check the code or the fiscal year`,
  }),
  notANumber: (): Message => ({
    th: 'คะแนนไม่ใช่ตัวเลข แถวนี้ไม่ถูกนำมาใช้ — ใส่ตัวเลข 0–100 เช่น 85.50 (ช่องว่าง = ไม่มีข้อมูล)',
    en: 'The score is not a number; the row was not used — write a number 0–100, e.g. 85.50 (leave empty when unknown)',
  }),
  outOfRange: (): Message => ({
    th: 'คะแนนอยู่นอกช่วง 0–100 แถวนี้ไม่ถูกนำมาใช้ — แก้คะแนนให้อยู่ระหว่าง 0 ถึง 100',
    en: 'The score is outside 0–100; the row was not used — correct it to a value from 0 to 100',
  }),
  emptyScore: (): Message => ({
    th: 'ช่องคะแนนว่าง ถือว่าไม่มีข้อมูล (ไม่ใช่ศูนย์) — กรอกคะแนนหากมี',
    en: 'The score is empty and is treated as missing (not zero) — fill it in if you have it',
  }),
  decimalComma: (): Message => ({
    th: 'อ่านเครื่องหมายจุลภาคเป็นจุดทศนิยม (85,5 → 85.5) — ใช้จุดทศนิยมเพื่อความแน่นอน',
    en: 'A decimal comma was read as a decimal point (85,5 → 85.5) — use a decimal point to be sure',
  }),
  duplicateSame: (): Message => ({
    th: 'ข้อมูลซ้ำ (หน่วยงาน ปี และรหัสเดียวกัน คะแนนเท่ากัน) ใช้ค่าแรก — ลบแถวที่ซ้ำ',
    en: 'Duplicate (same organisation, year and code, same score); the first was kept — delete the repeated row',
  }),
  duplicateConflict: (first: number): Message => ({
    th: `ข้อมูลซ้ำแต่คะแนนต่างกัน (ซ้ำกับแถว ${first}) ใช้ค่าแรก — ตรวจสอบว่าค่าใดถูกต้องแล้วลบอีกแถว`,
    en: `Duplicate with a different score (repeats row ${first}); the first was kept — check which is right and delete the other`,
  }),
  badNegative: (): Message => ({
    th: 'ร้อยละเชิงลบไม่ใช่ตัวเลข 0–100 จึงไม่ถูกใช้ (คะแนนยังใช้ได้) — แก้เป็นตัวเลข 0–100',
    en: 'The negative share is not a number from 0 to 100 and was not used (the score was kept) — correct it',
  }),
  badRespondents: (): Message => ({
    th: 'จำนวนผู้ตอบไม่ใช่จำนวนเต็มบวก จึงไม่ถูกใช้ (คะแนนยังใช้ได้) — แก้เป็นจำนวนเต็ม',
    en: 'The number of respondents is not a positive whole number and was not used (the score was kept) — correct it',
  }),
  noOrg: (): Message => ({
    th: 'ไฟล์ไม่มีคอลัมน์หน่วยงาน ข้อมูลทั้งไฟล์ถือเป็นของหน่วยงานเดียว — ระบุชื่อหน่วยงานของไฟล์นี้ หรือเพิ่มคอลัมน์ org_id',
    en: 'The file has no organisation column; all of it is taken as one organisation — name the organisation, or add an org_id column',
  }),
  orgNameConflict: (id: string, kept: string): Message => ({
    th: `รหัสหน่วยงาน ${id} มีหลายชื่อ ใช้ชื่อ "${kept}" — ใช้ชื่อเดียวกันทุกแถว`,
    en: `Organisation ${id} has several names; "${kept}" was kept — use one name on every row`,
  }),
  toolMismatch: (code: string, tool: string): Message => ({
    th: `รหัส ${code} ไม่ตรงกับแบบ ${tool} ใช้ตามรหัส — ตรวจสอบคอลัมน์แบบหรือรหัสข้อ`,
    en: `Code ${code} does not belong to tool ${tool}; the code was followed — check the tool or the code`,
  }),
  oitNotBinary: (): Message => ({
    th: 'ข้อ OIT ควรมีค่า 100 (ผ่าน) หรือ 0 (ไม่ผ่าน) ค่านี้ถูกใช้ตามที่ให้มา — ตรวจสอบผลการตรวจ',
    en: 'An OIT item should be 100 (pass) or 0 (fail); the value was used as given — check the assessor verdict',
  }),
  invalidBytes: (count: number): Message => ({
    th: `ไฟล์มีอักขระเสีย ${count} ตัว (ไฟล์ถูกตัดกลางตัวอักษร หรือมีรหัสภาษาปนกัน) แสดงเป็น � — บันทึกไฟล์ใหม่เป็น CSV UTF-8 แล้วตรวจข้อความในแถวนี้`,
    en: `The file has ${count} broken character(s) (cut mid-letter, or mixed encodings), shown as � — save it again as CSV UTF-8 and check this row`,
  }),
  orgsNoId: (): Message => ({
    th: 'แฟ้มรายชื่อหน่วยงานแถวนี้ไม่มีรหัสหน่วยงาน จึงไม่ถูกใช้ — กรอก org_id',
    en: 'This organisations row has no org_id and was not used — fill in org_id',
  }),
  nameNumberConflict: (n: number, id: number): Message => ({
    th: `ลำดับ ${n} ไม่ตรงกับชื่อตัวชี้วัด (ชื่อนี้คือตัวชี้วัดที่ ${id}) และชื่อในไฟล์ไม่พอจะตัดสินได้ แถวนี้ไม่ถูกนำมาใช้ — แก้ลำดับหรือชื่อตัวชี้วัดให้ตรงกัน`,
    en: `Number ${n} does not match the indicator name (the name is indicator ${id}) and the names in the file do not settle it; the row was not used — make the number and the name agree`,
  }),
  refusedNameOrder: (file: string): Message => ({
    th: `ไม่คำนวณคะแนนรวม: ใน ${file} ลำดับกับชื่อตัวชี้วัดขัดกัน — แก้ลำดับหรือชื่อตัวชี้วัดให้ตรงกัน`,
    en: `No overall: in ${file} the indicator numbers and names contradict each other — make them agree`,
  }),
  refusedConflict: (file: string): Message => ({
    th: `ไม่คำนวณคะแนนรวม: ใน ${file} มีรหัสเดียวกันซ้ำแต่คะแนนต่างกัน จึงไม่รู้ว่าค่าใดถูก — ตรวจสอบแถวที่ซ้ำ หากไฟล์มีหลายหน่วยงาน ให้ระบุคอลัมน์หน่วยงาน`,
    en: `No overall: in ${file} the same code has different scores, so which is right is unknown — check the repeated rows; if the file holds several agencies, name its agency column`,
  }),
  namesRead: (list: string): Message => ({
    th: `อ่านชื่อตัวชี้วัดเป็นหมายเลขตัวชี้วัด: ${list} — หากไม่ถูกต้องให้แก้ชื่อ`,
    en: `Indicator names read as indicator numbers: ${list} — correct a name if that is wrong`,
  }),
  namesFollowed: (col: string, n: number): Message => ({
    th: `ตัวเลขในคอลัมน์ "${col}" ไม่ตรงกับชื่อตัวชี้วัด ${n} แถว (เช่น ตารางเรียงตามคะแนน) จึงอ่านตามชื่อตัวชี้วัด ซึ่งตรงกันหนึ่งต่อหนึ่ง — ตรวจสอบว่าชื่อถูกต้อง`,
    en: `The numbers in column "${col}" differ from the indicator names on ${n} row(s) (e.g. a table sorted by score), so the names were followed; they match one to one — check the names`,
  }),
  filledDown: (col: string, n: number): Message => ({
    th: `ช่องว่าง ${n} ช่องในคอลัมน์ "${col}" อ่านเป็นค่าเดียวกับแถวบน (เซลล์ที่ผสานไว้) — หากไม่ถูกต้องให้กรอกให้ครบ`,
    en: `${n} empty cell(s) in column "${col}" were read as the value above (merged cells) — fill them in if that is wrong`,
  }),
  headerNamesFollowed: (cols: string): Message => ({
    th: `หัวคอลัมน์ (${cols}) มีเลขตัวชี้วัดไม่ตรงกับชื่อ จึงอ่านตามชื่อตัวชี้วัด ซึ่งตรงกันหนึ่งต่อหนึ่ง — ตรวจสอบหัวคอลัมน์`,
    en: `The headers (${cols}) give indicator numbers that differ from their names, so the names were followed; they match one to one — check the headers`,
  }),
  headerNameConflict: (cols: string): Message => ({
    th: `หัวคอลัมน์ (${cols}) มีเลขตัวชี้วัดไม่ตรงกับชื่อ และชื่อไม่พอจะตัดสินได้ จึงไม่อ่านคอลัมน์เหล่านี้และไม่คำนวณคะแนนรวม — แก้เลขหรือชื่อในหัวคอลัมน์ให้ตรงกัน`,
    en: `The headers (${cols}) give indicator numbers that differ from their names and the names do not settle it; those columns were not read and no overall is computed — make the headers agree`,
  }),
  mixedEncoding: (count: number): Message => ({
    th: `แถวนี้ (และอีกรวม ${count} แถว) เข้ารหัสเป็น Windows-874 ต่างจากส่วนอื่นของไฟล์ที่เป็น UTF-8 จึงอ่านแถวเหล่านี้เป็น Windows-874 — ตรวจสอบข้อความในแถวนี้ แล้วบันทึกไฟล์ทั้งไฟล์เป็น CSV UTF-8`,
    en: `This row (${count} row(s) in all) is in Windows-874 while the rest of the file is UTF-8; those rows were read as Windows-874 — check this row's text, and save the whole file as CSV UTF-8`,
  }),
  utf16NoBom: (label: string): Message => ({
    th: `ไฟล์ไม่มีเครื่องหมายบอกการเข้ารหัส (BOM) แต่รูปแบบไบต์เป็น ${label} จึงอ่านเป็น ${label} — ไม่ต้องแก้ไข หากข้อความผิดเพี้ยน ให้บันทึกเป็น CSV UTF-8`,
    en: `The file has no byte order mark but its bytes are ${label}, so it was read as ${label} — nothing to do; if the text looks wrong, save it as CSV UTF-8`,
  }),
  unknownEncoding: (likely: { th: string; en: string }): Message => ({
    th: `อ่านไฟล์ไม่ได้: ไม่ใช่ UTF-8 หรือ Windows-874 (ภาษาไทย) ดูเหมือนเป็น ${likely.th} — เปิดไฟล์แล้วบันทึกเป็น CSV UTF-8`,
    en: `Cannot read the file: it is neither UTF-8 nor Windows-874 (Thai); it looks like ${likely.en} — open it and save it as CSV UTF-8`,
  }),
  notATable: (kind: string): Message =>
    kind === 'xls'
      ? {
          th: 'ไฟล์นี้เป็น Excel รุ่นเก่า (.xls) ซึ่ง ITA Lens อ่านไม่ได้ — เปิดใน Excel แล้วบันทึกเป็น .xlsx หรือ CSV UTF-8',
          en: 'This is an old-style Excel file (.xls), which ITA Lens cannot read — open it in Excel and save it as .xlsx or CSV UTF-8',
        }
      : {
          th: 'ไฟล์นี้เป็น PDF ซึ่งยังอ่านเป็นตารางไม่ได้ — คัดลอกตารางคะแนนลงในไฟล์ CSV หรือ Excel',
          en: 'This is a PDF, which cannot be read as a table yet — copy the score table into a CSV or Excel file',
        },
  provinceAsAgency: (col: string): Message => ({
    th: `ไฟล์ไม่มีคอลัมน์หน่วยงาน แต่คอลัมน์ "${col}" แยกแถวเป็นชุดคะแนนครบของแต่ละจังหวัด จึงอ่านแต่ละจังหวัดเป็นหน่วยงานหนึ่ง (ตารางของ ป.ป.ช. รายจังหวัด) — หากไม่ถูกต้องให้เพิ่มคอลัมน์หน่วยงาน`,
    en: `The file has no agency column, but column "${col}" splits the rows into one full set per province, so each province was read as an agency (the NACC's provincial tables) — add an agency column if that is wrong`,
  }),
  agencyColumnIgnored: (col: string, samples: string): Message => ({
    th: `แถวในไฟล์เป็นของหลายหน่วยงาน (รหัสเดียวกันซ้ำกัน) แต่ไม่ได้อ่านคอลัมน์ "${col}" ซึ่งมีค่าต่างกันแต่ละแถว (${samples}) จึงไม่คำนวณคะแนนรวม — เปลี่ยนชื่อคอลัมน์ "${col}" เป็น "หน่วยงาน" (org_name) หรือจับคู่คอลัมน์นี้เป็นชื่อหน่วยงาน`,
    en: `The rows belong to several agencies (the same codes repeat), but column "${col}", whose values vary by row (${samples}), was not read, so no overall is computed — rename column "${col}" to "org_name" (หน่วยงาน), or map it as the agency name`,
  }),
  refusedMerged: (file: string, col: string): Message => ({
    th: `ไม่คำนวณคะแนนรวม: แถวของหลายหน่วยงานใน ${file} ปนกัน — ระบุคอลัมน์ "${col}" เป็นชื่อหน่วยงาน`,
    en: `No overall: rows of several agencies in ${file} are mixed together — name column "${col}" as the agency name`,
  }),
  yearFromFileName: (year: number): Message => ({
    th: `ไฟล์ไม่มีคอลัมน์ปีงบประมาณ จึงใช้ปี ${year} จากชื่อไฟล์ — หากไม่ถูกต้องให้ระบุปีงบประมาณเอง (--year)`,
    en: `The file has no year column, so the fiscal year ${year} was taken from its name — give the year yourself (--year) if that is wrong`,
  }),
};
