import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decideNumberFormat, numberFormatHint, parseDecimal, parseWholeNumber } from "./numbers.ts";

describe("parseDecimal", () => {
  it.each([
    ["158.91", "english", "158.91"],
    ["1,161,010.23", "english", "1161010.23"],
    ["2.209.684,09", "danish", "2209684.09"],
    ["9,51", "danish", "9.51"],
    ["1.178,78", "danish", "1178.78"],
    ["522", "danish", "522"],
    ["-0.50", "english", "-0.50"],
    ["+7", "english", "7"],
    ["007.5", "english", "7.5"],
    ["-0.00", "english", "0.00"],
  ] as const)("reads %s in %s format as %s", (text, format, decimal) => {
    expect(parseDecimal(text, format)).toBe(decimal);
  });

  it.each([
    ["12.5x", "english"],
    ["1,59.52", "english"],
    ["1,2345", "english"],
    [",5", "english"],
    ["12.", "english"],
    ["1.234.5", "danish"],
    ["1,234.56", "danish"],
    ["--", "english"],
    ["", "english"],
    ["1 234", "english"],
    ["1e5", "english"],
  ] as const)("does not read %s in %s format", (text, format) => {
    expect(parseDecimal(text, format)).toBeUndefined();
  });

  it("reads any decimal back exactly as written with thousands groups, in both formats", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 20n }), fc.nat({ max: 6 }), (units, scale) => {
        const digits = units.toString().padStart(scale + 1, "0");
        const whole = digits.slice(0, digits.length - scale);
        const fraction = digits.slice(digits.length - scale);
        const expected = scale === 0 ? whole : `${whole}.${fraction}`;
        const grouped = (mark: string) => whole.replace(/\B(?=(\d{3})+$)/g, mark);
        const english = scale === 0 ? grouped(",") : `${grouped(",")}.${fraction}`;
        const danish = scale === 0 ? grouped(".") : `${grouped(".")},${fraction}`;
        expect(parseDecimal(english, "english")).toBe(expected);
        expect(parseDecimal(danish, "danish")).toBe(expected);
      }),
    );
  });
});

describe("parseWholeNumber", () => {
  it("reads 2,454 in English as 2454 and 1.592 in Danish as 1592", () => {
    expect(parseWholeNumber("2,454", "english")).toBe(2454);
    expect(parseWholeNumber("1.592", "danish")).toBe(1592);
  });

  it("does not read a fraction, or a number too large to count exactly", () => {
    expect(parseWholeNumber("4.5", "english")).toBeUndefined();
    expect(parseWholeNumber("99999999999999999999", "english")).toBeUndefined();
  });
});

describe("the file's number format", () => {
  it.each([
    ["1,234.56", "english"],
    ["158.91", "english"],
    ["1,234,567", "english"],
    ["1.234,56", "danish"],
    ["9,51", "danish"],
    ["2.209.684", "danish"],
    ["1,592", undefined],
    ["4.000", undefined],
    ["522", undefined],
  ] as const)("takes %s as proof of %s", (text, format) => {
    expect(numberFormatHint(text)).toBe(format);
  });

  it("follows the values when they agree, else the header's language", () => {
    expect(decideNumberFormat({ english: 0, danish: 3 }, "english")).toBe("danish");
    expect(decideNumberFormat({ english: 5, danish: 0 }, "danish")).toBe("english");
    expect(decideNumberFormat({ english: 0, danish: 0 }, "danish")).toBe("danish");
    expect(decideNumberFormat({ english: 2, danish: 1 }, "english")).toBe("english");
  });
});
