"""The numeral grammar: number expressions in Chinese text, with their values as exact Decimals.

Pure Python, no spaCy. `find_quantities` reads traditional or simplified script, half- or full-width:
the text is first *folded* one character for one (traditional → simplified, full-width → ASCII), so
offsets into the folded text are offsets into the given text, and each rule is written once, in
simplified script.

A quantity is read in layers around a numeral *core* (digits, Chinese numerals, magnitudes: 1,100万,
三千零一, 5万4千6百, 20亿亿). To its left: a sign (负 零下 -), a currency name or symbol (US$ 新台币),
an ordinal or rank marker (第 前) and a qualifier cue (约 超过 近). To its right: a unit (元 % 个百分点
平方米 岁), what sticks to the unit (元6角, 一年半, 2%多), a suffix cue (以上 左右) and possibly the
other end of a range (3到5, 20%-30%). Units, currencies, numeral characters, cue words and idioms that
are not numbers are data files in `pipeline/lexicons/`.

The modules, in the order a quantity is read:
- `characters`: what each numeral character is worth; exact Decimal arithmetic;
- `units`: units, currencies and qualifier cues from the lexicons;
- `lexer`: folding, the patterns that find numerals, squeezed spaces, idioms and links that are not numbers;
- `core`: a numeral core's tokens to a value;
- `operand`: a numeral with its fraction form, unit and what sticks to the unit;
- `reader`: a whole quantity: left and right context, ranges, dates, and whether it is a quantity;
- `find`: every quantity in a text (`find_quantities`); `parse`: one numeral string (`parse_number`).
"""

from pipeline.numerals.find import Quantity, find_quantities
from pipeline.numerals.lexer import fold
from pipeline.numerals.parse import parse_number

__all__ = ["Quantity", "find_quantities", "fold", "parse_number"]
