// Reads FIT files with Garmin's FIT SDK (@garmin/fitsdk) and prints one JSON
// line per file: whether the SDK reads it cleanly (its CRCs hold and it
// decodes without an error), how many records it holds, and each session's
// sport, start and totals as raw FIT values (enums as numbers, times as FIT
// seconds), scaled as the profile says. TestFITReadsAsGarminSDK compares
// runlint's reading to these.
//
// Usage: node sessions.mjs SDK_DIR < paths
// SDK_DIR is the folder npm installed the SDK into (it holds
// node_modules/@garmin/fitsdk). A gzipped file is read inflated.
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import zlib from 'node:zlib';
import { pathToFileURL } from 'node:url';

const dir = path.join(process.argv[2], 'node_modules', '@garmin', 'fitsdk');
const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
const { Decoder, Stream } = await import(pathToFileURL(path.join(dir, pkg.main)).href);

function read(file) {
  let buf = fs.readFileSync(file);
  if (buf.length > 2 && buf[0] === 0x1f && buf[1] === 0x8b) buf = zlib.gunzipSync(buf);
  const out = { file, version: pkg.version };
  out.fit = Decoder.isFIT(Stream.fromBuffer(buf));
  out.integrity = out.fit && new Decoder(Stream.fromBuffer(buf)).checkIntegrity();
  const { messages, errors } = new Decoder(Stream.fromBuffer(buf)).read({
    convertTypesToStrings: false,
    convertDateTimesToDates: false,
  });
  out.errors = errors.map((e) => String(e.message ?? e).slice(0, 200));
  out.records = (messages.recordMesgs ?? []).length;
  out.sessions = (messages.sessionMesgs ?? []).map((s) => ({
    sport: s.sport ?? null,
    start: s.startTime ?? null,
    end: s.timestamp ?? null,
    distance: s.totalDistance ?? null,
    timer: s.totalTimerTime ?? null,
    elapsed: s.totalElapsedTime ?? null,
    avg_hr: s.avgHeartRate ?? null,
    max_hr: s.maxHeartRate ?? null,
  }));
  return out;
}

for await (const file of readline.createInterface({ input: process.stdin })) {
  if (file === '') continue;
  let out;
  try {
    out = read(file);
  } catch (e) {
    out = { file, errors: [String(e).slice(0, 200)] };
  }
  console.log(JSON.stringify(out));
}
