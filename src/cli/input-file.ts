import { readFile, stat } from 'fs/promises';
import { basename, extname } from 'path';
import JSZip from 'jszip';
import { inputError } from './exit-codes';

/** An input file that is a zip package with a workbook part: what ExcelJS can be asked to open. */
export interface InputFile {
  path: string;
  bytes: Uint8Array;
  /** Part names of the package, for the notes on what ExcelJS drops (input-features.ts). */
  parts: string[];
}

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
/** Compound File Binary (OLE2): old .xls files, and .xlsx files encrypted with a password. */
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
/** The stream an encrypted OOXML file keeps its key data in, as its UTF-16 directory entry name. */
const ENCRYPTION_INFO = Buffer.from('EncryptionInfo', 'utf16le');

/**
 * Reads the input and checks by content, not by name, that it is an .xlsx workbook: a zip package
 * with xl/workbook.xml. Password-protected files, .xls, .csv, .ods and damaged files are named as such.
 */
export async function readInputFile(path: string): Promise<InputFile> {
  const name = basename(path);
  const bytes = await readBytes(path, name);
  if (bytes.length === 0) throw inputError(`Die Datei „${name}“ ist leer.`, `The file "${name}" is empty.`);
  if (bytes.subarray(0, OLE.length).equals(OLE)) {
    throw bytes.includes(ENCRYPTION_INFO)
      ? inputError(
          `Die Datei „${name}“ ist mit einem Kennwort geschützt (verschlüsselt) und kann nicht gelesen werden. Bitte in Excel öffnen, den Kennwortschutz entfernen (Datei → Informationen → Arbeitsmappe schützen) und erneut speichern.`,
          `The file "${name}" is password-protected (encrypted) and cannot be read. Please open it in Excel, remove the password and save it again.`,
        )
      : inputError(
          `Die Datei „${name}“ ist im alten Excel-Format (.xls). Bitte in Excel öffnen und als Excel-Arbeitsmappe (.xlsx) speichern.`,
          `The file "${name}" is in the old Excel format (.xls). Please open it in Excel and save it as an Excel workbook (.xlsx).`,
        );
  }
  if (!bytes.subarray(0, ZIP.length).equals(ZIP)) throw notAWorkbook(name, extname(name).toLowerCase() === '.csv' ? 'csv' : 'other');
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (cause) {
    throw inputError(
      `Die Datei „${name}“ ist beschädigt (unvollständiges ZIP-Paket) und kann nicht gelesen werden. Bitte die Datei erneut speichern oder neu übertragen.`,
      `The file "${name}" is damaged (incomplete zip package) and cannot be read. Please save or transfer it again.`,
      cause,
    );
  }
  const parts = Object.values(zip.files)
    .filter((f) => !f.dir)
    .map((f) => f.name);
  if (!parts.includes('xl/workbook.xml')) throw notAWorkbook(name, parts.includes('content.xml') ? 'ods' : 'zip');
  return { path, bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), parts };
}

async function readBytes(path: string, name: string): Promise<Buffer> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw inputError(`„${path}“ ist ein Ordner, keine Datei.`, `"${path}" is a folder, not a file.`);
    return await readFile(path);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === 'ENOENT') throw inputError(`Die Datei „${path}“ wurde nicht gefunden.`, `The file "${path}" was not found.`, error);
    if (code === 'EACCES' || code === 'EPERM')
      throw inputError(
        `Die Datei „${name}“ darf nicht gelesen werden (fehlende Berechtigung).`,
        `The file "${name}" may not be read (no permission).`,
        error,
      );
    throw error;
  }
}

function notAWorkbook(name: string, kind: 'csv' | 'ods' | 'zip' | 'other') {
  const what = {
    csv: ['ist eine CSV-Textdatei', 'is a CSV text file'],
    ods: ['ist eine OpenDocument-Tabelle (.ods)', 'is an OpenDocument spreadsheet (.ods)'],
    zip: ['ist ein ZIP-Archiv, aber keine Excel-Arbeitsmappe', 'is a zip archive but not an Excel workbook'],
    other: ['ist keine Excel-Arbeitsmappe (.xlsx)', 'is not an Excel workbook (.xlsx)'],
  }[kind];
  return inputError(
    `Die Datei „${name}“ ${what[0]}. Erwartet wird eine Excel-Arbeitsmappe (.xlsx); bitte die Datei in Excel öffnen und als .xlsx speichern.`,
    `The file "${name}" ${what[1]}. An Excel workbook (.xlsx) is expected; please open the file in Excel and save it as .xlsx.`,
  );
}
