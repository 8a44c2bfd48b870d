// Writes the exceljs fixtures of tests/adapters/xlsx_reader_test.cpp:
//   exceljs.xlsx       shared strings (with rich text runs), inline strings,
//                      dates with custom formats, a big whole number, the
//                      text "0123", booleans, formulas with cached values,
//                      an error cell; sheets "Shared" and "Inline".
//   exceljs-1904.xlsx  the same kind of date cells in the 1904 date system.
// Run from a folder where `npm install exceljs` was done (not the repo):
//   NODE_PATH=/tmp/x/node_modules node tests/data/xlsx/make_fixtures.js tests/data/xlsx
// The outputs are committed; rerun only to change them. ExcelJS writes dates
// given as JS Dates in UTC, so the dates below are built with Date.UTC.
'use strict';
const path = require('path');
const ExcelJS = require('exceljs');

const out = process.argv[2] || __dirname;
const utc = (y, m, d) => new Date(Date.UTC(y, m - 1, d));

async function writeMain() {
  const file = path.join(out, 'exceljs.xlsx');
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({filename: file, useStyles: true});
  workbook.creator = 'genaudit fixtures';

  // Strings go to the shared string table (t="s").
  const shared = workbook.addWorksheet('Shared', {useSharedStrings: true});
  shared.addRow(['Mã cán bộ', 'Họ và tên', 'Số', 'Ngày sinh', 'Ngày bắt đầu', 'Chủ chốt',
                 'Công thức', 'Chuỗi công thức', 'Lỗi', 'Thập phân']).commit();
  const row2 = shared.addRow([
    '0123',                                                  // text that looks like a number
    {richText: [{text: 'Nguyễn ', font: {bold: true}}, {text: 'Thị Hoa'}]},  // runs
    4201234567,                                              // big whole number
    utc(1985, 3, 7),                                         // date, custom format
    utc(2024, 12, 31),                                       // date, another format
    true,
    {formula: 'C2*2', result: 8403469134},
    {formula: 'A2&"-x"', result: '0123-x'},
    {error: '#N/A'},
    12.5,
  ]);
  row2.getCell(4).numFmt = 'dd/mm/yyyy';
  row2.getCell(5).numFmt = 'yyyy-mm-dd';
  row2.commit();
  // Row 3 is left out: the next row is row 4, with cells only in B and E.
  const row4 = shared.getRow(4);
  row4.getCell(2).value = 'Trần Văn Nam';
  row4.getCell(5).value = false;
  row4.commit();
  const row5 = shared.getRow(5);
  row5.getCell(1).value = 'Nguyễn';  // NFC
  row5.getCell(2).value = 'Nguye\u0302\u0303n';  // NFD
  row5.getCell(3).value = -0.1;
  row5.getCell(4).value = utc(1900, 1, 1);
  row5.getCell(4).numFmt = 'd/m/yyyy';
  row5.commit();
  shared.commit();

  // Rich text is written inline (t="inlineStr"), plain strings as t="str".
  const inline = workbook.addWorksheet('Inline', {useSharedStrings: false});
  inline.addRow(['Tên', 'Ghi chú']).commit();
  inline.addRow([{richText: [{text: 'Bình đẳng ', font: {italic: true}}, {text: 'giới'}]},
                 'văn bản']).commit();
  inline.commit();
  await workbook.commit();
}

async function write1904() {
  const workbook = new ExcelJS.Workbook();
  workbook.properties.date1904 = true;
  const sheet = workbook.addWorksheet('Dates');
  sheet.addRow(['Ngày', 'Số']);
  sheet.addRow([utc(2025, 6, 30), 1462]);
  sheet.getCell('A2').numFmt = 'dd/mm/yyyy';
  await workbook.xlsx.writeFile(path.join(out, 'exceljs-1904.xlsx'));
}

writeMain().then(write1904).catch(e => { console.error(e); process.exit(1); });
