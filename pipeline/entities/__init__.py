"""Rule-and-lexicon entities (PER, ORG, LOC), pure: simplified text and jieba tokens in, labelled spans out.

Why rules: they know the names their lexicons know (places, organisation suffixes, titles, surnames) and the
patterns news uses around names; a trained model (`pipeline.ner`) fills what they miss. One module per family:

- `places`: gazetteer places, names ending in a place suffix (岳麓大道, 湘江新区), one-character abbreviations only
  in lists (京、沪 / 港澳台), after 全/赴/访 (全台) and before 股 (美股);
- `organisations`: standing institutions (市委, 国务院), jieba `nt` words, name runs ending in an organisation
  suffix (长沙理工大学), brand + industry word (海尔电器), the outlet in a byline (大公报记者), the site in a
  `headline | site` first line, a company before a Latin product name (小米Redmi), English names ending in
  Organization, University, …;
- `people`: title + surname + given name (主任王建国), name + honorific (李明教授), a jieba `nr` name before a speech
  verb, transliterated and Latin names next to a title or a speech verb;
- `select`: the longest candidate wins an overlap, so only the outermost name is labelled;
- `lists` and `propagation`: until nothing changes, list items share the label of a known item or of a class noun
  after the list (A、B、C等17家公司), a bracketed alias shares its name's label (字节跳动（ByteDance）), and a name
  found once is labelled wherever else it occurs (with a company's short form: 联想技术公司 -> 联想), an
  organisation's unit after it is one name with it (某银行某省分行, 某某局某某司); finally each name string gets one
  label per document (weighted vote);
- `merge`: how the rules' spans and a model's spans combine.
"""

from pipeline.entities.find import EntitySpan, find_entities
from pipeline.entities.lexicon import Lexicon, lexicon
from pipeline.entities.merge import LabelledSpan, merge_spans

__all__ = ["EntitySpan", "LabelledSpan", "Lexicon", "find_entities", "lexicon", "merge_spans"]
