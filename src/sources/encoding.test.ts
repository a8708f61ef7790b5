import { describe, expect, it } from "vitest";
import { ExportDecoder, type SniffedEncoding, sniffEncoding } from "./encoding.ts";

function decodeInPieces(bytes: Uint8Array, size: number): { text: string; decoder: ExportDecoder } {
  const sniffed = sniffEncoding(bytes) as Extract<SniffedEncoding, { kind: "text" }>;
  const decoder = new ExportDecoder(sniffed);
  let text = "";
  for (let at = 0; at < bytes.length; at += size)
    text += decoder.decode(bytes.subarray(at, at + size));
  return { text: text + decoder.end(), decoder };
}

const utf16le = (text: string, bom = true) => {
  const bytes = new Uint8Array((bom ? 2 : 0) + text.length * 2);
  const view = new DataView(bytes.buffer);
  if (bom) view.setUint16(0, 0xfeff, true);
  for (let i = 0; i < text.length; i++)
    view.setUint16((bom ? 2 : 0) + i * 2, text.charCodeAt(i), true);
  return bytes;
};

describe("encodings", () => {
  it("reads UTF-8 with a byte order mark, a character cut between chunks included", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode("Beløb brugt")]);
    const { text, decoder } = decodeInPieces(bytes, 5);
    expect([text, decoder.encoding, decoder.byteOrderMark]).toEqual(["Beløb brugt", "utf-8", true]);
  });

  it("reads UTF-8 without a mark once its first non-ASCII character is valid UTF-8", () => {
    const { text, decoder } = decodeInPieces(new TextEncoder().encode("Måned;Omsætning"), 2);
    expect([text, decoder.encoding]).toEqual(["Måned;Omsætning", "utf-8"]);
  });

  it("reads Danish Excel's Windows-1252", () => {
    const bytes = Uint8Array.from("Måned;Omsætning;Markedsstørrelse", (c) => c.charCodeAt(0));
    const { text, decoder } = decodeInPieces(bytes, 3);
    expect([text, decoder.encoding]).toEqual(["Måned;Omsætning;Markedsstørrelse", "windows-1252"]);
  });

  it("reads UTF-16LE with a mark and without one, and UTF-16BE", () => {
    expect(decodeInPieces(utf16le("Day\tCost"), 3).text).toBe("Day\tCost");
    expect(sniffEncoding(utf16le("Day\tCampaign\tCost", false))).toMatchObject({
      encoding: "utf-16le",
    });
    const be = new Uint8Array([0xfe, 0xff, 0, 0x44, 0, 0x61, 0, 0x79]);
    expect(decodeInPieces(be, 1).text).toBe("Day");
  });

  it("reports a UTF-16 file cut in the middle of a character", () => {
    const { decoder } = decodeInPieces(utf16le("Day").subarray(0, 7), 4);
    expect(decoder.failure).toBe("not valid UTF-16LE text: the file is damaged or mixes encodings");
  });
});
