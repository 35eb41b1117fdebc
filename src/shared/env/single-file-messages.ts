import { defineMessages } from '@/shared/i18n/messages';

/** Texts of the one-file build and of pages opened from disk (file://), Thai first. */
export const singleFileMessages = defineMessages(
  {
    'disk.kept':
      'เปิดจากไฟล์ในเครื่อง: งานที่ทำบันทึกไว้ในเบราว์เซอร์นี้ แต่อาจไม่ตามไปหากเปิดด้วยเบราว์เซอร์อื่น หรือย้ายหรือเปลี่ยนชื่อไฟล์ — ส่งออกพื้นที่ทำงานเก็บสำรองไว้',
    'disk.lost':
      'เปิดจากไฟล์ในเครื่อง และเบราว์เซอร์นี้ไม่เก็บข้อมูลใดไว้ระหว่างการเปิดแต่ละครั้ง — ชุดข้อมูล แผน และรายงานที่ทำจะหายเมื่อปิดหน้านี้ ก่อนปิดให้ส่งออกแผนและรายงานเป็น Word หรือ CSV และส่งออกพื้นที่ทำงาน แล้วนำเข้าที่หน้าข้อมูล (ย้ายงานไปเครื่องอื่น) เมื่อเปิดครั้งต่อไป',
    'disk.export': 'ส่งออกพื้นที่ทำงาน',
    'disk.dismiss': 'ปิดข้อความ',
    'demo.notInFile':
      'ไม่ได้รวมไว้ในไฟล์นี้เพราะมีขนาดราว 27 MB — ดาวน์โหลดไฟล์ national.bin แยกต่างหาก แล้วเลือกไฟล์นั้นที่นี่',
    'demo.askSender':
      'ขอไฟล์ national.bin จากผู้ที่ส่งแอปนี้ให้คุณ หรือดาวน์โหลดจากแอปฉบับออนไลน์ (ที่อยู่ของแอปตามด้วย demo/national.bin)',
    'demo.download': 'ดาวน์โหลด national.bin (27 MB)',
    'demo.hosted': 'เปิดแอปฉบับออนไลน์',
    'demo.pick': 'เปิดจากไฟล์…',
    'demo.pickLabel': 'เลือกไฟล์ข้อมูลสังเคราะห์ national.bin',
    'demo.notDemo': 'ไฟล์ {name} ไม่ใช่ไฟล์ข้อมูลสังเคราะห์ของ ITA Lens — เลือกไฟล์ national.bin ที่ดาวน์โหลดมา',
  },
  {
    'disk.kept':
      'Opened from a file: your work is kept in this browser, but may not follow the file to another browser or a new name or folder: export the workspace to keep a copy.',
    'disk.lost':
      'Opened from a file, and this browser keeps nothing between visits: the data, plans and reports you make are gone when this page is closed. Before closing, export plans and reports to Word or CSV and export the workspace; next time, import it on the Data page (Move your work to another computer).',
    'disk.export': 'Export the workspace',
    'disk.dismiss': 'Dismiss',
    'demo.notInFile':
      'Not inside this file (it is about 27 MB): download the file national.bin separately, then choose it here.',
    'demo.askSender':
      'Ask whoever sent you this app for national.bin, or download it from the online app (its address followed by demo/national.bin).',
    'demo.download': 'Download national.bin (27 MB)',
    'demo.hosted': 'Open the online app',
    'demo.pick': 'Open from a file…',
    'demo.pickLabel': 'Choose the synthetic data file national.bin',
    'demo.notDemo': '{name} is not an ITA Lens synthetic data file: choose the national.bin you downloaded.',
  },
);
