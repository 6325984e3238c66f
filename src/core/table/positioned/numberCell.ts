/**
 * Whether a line's text in the № column can open a row: it has a letter or a digit. A number Writer broke in a narrow
 * column («3.1» over «.») leaves a line whose number cell is punctuation alone, the rest of the number above.
 */
export const opensRow = (numberCell: string): boolean => /[\p{L}\p{N}]/u.test(numberCell);
