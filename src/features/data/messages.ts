import { defineMessages } from '@/shared/i18n/messages';

/** Texts of the data page added with the mapping step for partly read files and the year proposal. */
export const dataMessages = defineMessages(
  {
    partialTitle: 'ตรวจการจับคู่คอลัมน์: {name}',
    partialIntro:
      'อ่านไฟล์นี้ได้บางส่วน แต่แถวของไฟล์ขัดกันเอง (รหัสเดียวกันมีหลายคะแนน) จึงยังไม่คำนวณคะแนนรวม มักเป็นเพราะไฟล์มีหลายหน่วยงานแต่ไม่รู้จักคอลัมน์หน่วยงาน ตรวจว่าแต่ละคอลัมน์คืออะไร แล้วอ่านใหม่',
    proposed: 'คอลัมน์ "{name}" มีค่าต่างกันแต่ละแถว ดูเหมือนเป็นชื่อหน่วยงาน จึงเสนอให้ใช้เป็นชื่อหน่วยงาน',
    proposedMark: 'เสนอ',
    toolTotal: 'คะแนนรวม {tool} (ตามที่ประกาศ)',
    groupTotals: 'คะแนนรวมที่ประกาศ (คะแนนรวมและรายเครื่องมือ)',
    yearProposal: 'ชื่อไฟล์ "{file}" มีปี พ.ศ. {year} ใช้เป็นปีงบประมาณของไฟล์หรือไม่',
    yearUse: 'ใช้ปี {year}',
    computedBeside: 'คำนวณได้ {value}',
    problemsNotice:
      'พบปัญหาในไฟล์: ข้อผิดพลาด {errors} รายการ คำเตือน {warnings} รายการ — แถวที่อ่านได้ถูกใช้แล้ว ส่วนแถวที่มีข้อผิดพลาดไม่ถูกนำมาคิดคะแนน',
    problemsOpen: 'ดูรายงานปัญหา',
  },
  {
    partialTitle: 'Check the column mapping: {name}',
    partialIntro:
      'This file was read in part, but its rows contradict each other (one code with several scores), so no overall is computed yet. Usually the file holds several agencies and its agency column was not recognised. Say what each column holds, then read it again.',
    proposed:
      'Column "{name}" varies from row to row and looks like the agency name, so it is proposed as the agency name',
    proposedMark: 'proposed',
    toolTotal: '{tool} total (as published)',
    groupTotals: 'Published totals (overall and per tool)',
    yearProposal: 'The file name "{file}" holds the year {year} BE. Use it as the file’s fiscal year?',
    yearUse: 'Use {year}',
    computedBeside: 'computed {value}',
    problemsNotice:
      'The files have problems: {errors} errors and {warnings} warnings — the rows that could be read are used; rows with errors are not scored',
    problemsOpen: 'See the problem report',
  },
);
