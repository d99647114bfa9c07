"""Which model each claim is about: a passage in, the findings out, one hard case per row."""

from __future__ import annotations

import pytest

from tests.conftest import flagged

FLAG = [
    # Pre-modifier, copula, appositive.
    ("pre-modifier", "We fine-tuned the open-source Llama 2 on our tickets.", [("Llama 2", "OW102")]),
    ("copula", "Llama 3 is open source.", [("Llama 3", "OW102")]),
    ("copula plural", "Llama 3 and Gemma 2 are open-source.", [("Llama 3", "OW102"), ("Gemma 2", "OW102")]),
    ("appositive", "Llama 2, an open-source model, powers the bot.", [("Llama 2", "OW102")]),
    ("possessive owner", "Meta's Llama 2 is open source.", [("Llama 2", "OW102")]),
    ("size and variant", "Llama-2-70B-chat is open source.", [("Llama-2-70B-chat", "OW102")]),
    (
        "version and size",
        "Llama 3.1 405B Instruct is an open-source model.",
        [("Llama 3.1 405B Instruct", "OW102")],
    ),
    # Lists: one finding per model, each with its own status.
    (
        "list after like",
        "We support open-source models like Llama 3, Mistral 7B and Gemma 2.",
        [("Llama 3", "OW102"), ("Mistral 7B", "OW101"), ("Gemma 2", "OW102")],
    ),
    (
        "list after such as",
        "Open-source LLMs such as Mixtral 8x7B or Phi-4 run on one GPU.",
        [("Mixtral 8x7B", "OW101"), ("Phi-4", "OW101")],
    ),
    (
        "list in parentheses",
        "The strongest open-source 70B model (Llama 2) still trailed.",
        [("Llama 2", "OW102")],
    ),
    (
        "lead-in list",
        "We compared three open-source models:\n\n- Llama 3.1 8B\n- Mistral 7B\n- OLMo 2\n",
        [("Llama 3.1 8B", "OW102"), ("Mistral 7B", "OW101")],
    ),
    # Verbs.
    ("active verb", "Meta open-sourced Llama 2 in July.", [("Llama 2", "OW102")]),
    ("passive verb", "Llama 2 was open-sourced in July.", [("Llama 2", "OW102")]),
    ("released as", "Meta released Llama 3 as open source.", [("Llama 3", "OW102")]),
    ("made open source", "xAI made Grok-1 open source in March.", [("Grok-1", "OW101")]),
    (
        "verb with object list",
        "We have open-sourced DeepSeek-R1 and Phi-4 today.",
        [("DeepSeek-R1", "OW101"), ("Phi-4", "OW101")],
    ),
    # Headings, contrast, document subject, table rows, hashtags.
    ("heading", "# Why Gemma 3 Is Open Source\n", [("Gemma 3", "OW102")]),
    ("contrast", "Unlike Claude 3 Opus, Llama 2 is open source.", [("Llama 2", "OW102")]),
    ("membership", "DeepSeek-V3 outperforms other open-source models.", [("DeepSeek-V3", "OW102")]),
    (
        "title over a list",
        "Top Open Source Models\n- Llama 4 Scout: fast.\n- Mistral 7B: small.\n",
        [("Llama 4 Scout", "OW102"), ("Mistral 7B", "OW101")],
    ),
    (
        "document subject",
        "---\nmodel: Llama 3.2\n---\n\n# Model card\n\nThe model is open source.\n",
        [("Llama 3.2", "OW102")],
    ),
    (
        "page subject from the first heading",
        "# Mistral 7B\n\nIt is open-sourced under Apache 2.0.\n",
        [("Mistral 7B", "OW101")],
    ),
    (
        "page subject, the model",
        "# Gemma 3 model card\n\nThe model is open source.\n",
        [("Gemma 3", "OW102")],
    ),
    (
        "pronoun",
        "We tested Mistral Large 2 last week. It is open source and fast.",
        [("Mistral Large 2", "OW102")],
    ),
    (
        "table row",
        "| Model | Notes |\n|---|---|\n| Mistral NeMo | Our best open source model. |\n",
        [("Mistral NeMo", "OW101")],
    ),
    (
        "hashtag",
        "- [Stable Diffusion](https://example.org/sd) - text to image. #opensource\n",
        [("Stable Diffusion", "OW102")],
    ),
    ("relative clause", "Meta's Llama 3, which is open source, is popular.", [("Llama 3", "OW102")]),
    (
        "software noun inside a model noun",
        "Code Llama is an open-source code model.",
        [("Code Llama", "OW102")],
    ),
    ("possessives in a list", "Open models such as Meta's Llama 2 are open source.", [("Llama 2", "OW102")]),
    (
        "apposition after a comma",
        "We are releasing Llama 3.1 405B, the largest open-source model.",
        [("Llama 3.1 405B", "OW102")],
    ),
    (
        "others listed before 'other'",
        "Works with Claude, Gemini, Llama and other open-source models.",
        [("Claude", "OW103"), ("Gemini", "OW103"), ("Llama", "OW102")],
    ),
    ("title case", "# Meta Makes Llama 3 Open Source\n", [("Llama 3", "OW102")]),
    (
        "aside between commas",
        "Falcon 180B, developed by TII, is an open-source model.",
        [("Falcon 180B", "OW102")],
    ),
    ("making it", "xAI released Grok-1, making it the largest open-source model.", [("Grok-1", "OW101")]),
    (
        "rivals is a verb",
        "The open source Qwen2.5-Coder-32B rivals GPT-4o.",
        [("Qwen2.5-Coder-32B", "OW101")],
    ),
    (
        "parenthesis before the head",
        "We deployed the open-source compact (6-billion-parameter) dialogue model ChatGLM-6B.",
        [("ChatGLM-6B", "OW102")],
    ),
    (
        "the writer's own belief",
        "We believe that Llama 3 is the best open source model.",
        [("Llama 3", "OW102")],
    ),
    # Proprietary models.
    ("proprietary open weights", "Claude is an open-weights model.", [("Claude", "OW201")]),
    ("proprietary open source", "GPT-4 is open source.", [("GPT-4", "OW103")]),
    # Claims across markup and line breaks.
    ("claim across emphasis", "Llama 2 is **open** source.", [("Llama 2", "OW102")]),
    ("claim across a line break", "Llama 2 is open\nsource.", [("Llama 2", "OW102")]),
]

DONT_FLAG = [
    ("negation", "Llama 2 is not open source."),
    ("negation contracted", "Llama 3 isn't truly open source."),
    ("far from", "Llama 3 is far from open source."),
    ("question", "Is Llama 3 open source?"),
    ("software head", "vLLM, an open-source library for serving Llama 2, is fast."),
    ("community head", "The open-source community around Llama grew fast."),
    ("tools list", "We use open-source tools such as LangChain with Llama 3."),
    ("correct open source", "OLMo is open source."),
    ("correct open weights", "Llama 2, an open-weights model, powers the bot."),
    ("open weights for open weights", "Mistral 7B is an open-weights model."),
    ("code span", "Call `Llama 2 is open source` in the shell."),
    ("fenced code", "```\nLlama 2 is open source.\n```\n"),
    ("identifier", "Load `meta-llama/Llama-2-7b-hf`, an open-source checkpoint."),
    ("url", "See https://example.org/llama-2-is-open-source for details."),
    (
        "names containing the words",
        "The Open Source Initiative and OpenAI disagree; Open WebUI is open source.",
    ),
    ("software named after a model", "llama.cpp is open source and runs Llama 2."),
    ("software product with a model name", "The Gemini CLI is an open-source agent."),
    ("family with an open-source member", "RWKV is open source."),
    ("scare quotes", 'Some "open-source" models like Vicuna are built on LLaMA weights.'),
    ("concept", "The definition of open source matters for Llama 3."),
    ("model as modifier", "We built an open-source Llama-based chatbot."),
    ("compared against", "Our team pitted a dozen open-source LLMs against Claude 3 Opus."),
    ("link destination", "[our post](https://example.org/llama-2-open-source) is out."),
    ("html preformatted", "<pre>Llama 2 is open source.</pre>\n"),
    ("open and proprietary together", "We compared open-source and proprietary models: Llama 3 and GPT-4o."),
    ("a version of another model", "Cerebras released a trained version of GPT-3, open-source models."),
    ("name qualifying an alternative", "Jan is an open-source ChatGPT alternative."),
    ("second predicate", "Our app is open source and uses Gemini 1.5 Pro."),
    ("a one-line file is no title", "# Notes on ChatGPT " + "and more words " * 40 + "It is open source."),
    ("reported naming", "Meta calls Llama 3 open source."),
    ("reported claim", "Some argue that Llama 2 is open source, but its license says otherwise."),
    ("the writer disagrees", "Many people wrongly call Llama 2 open source."),
    ("a new clause after the list", "Unlike open-source models such as OLMo, GPT-4 is closed."),
    ("compared with, then a new subject", "Compared with open-source models, GPT-4o is more accurate."),
    ("a model's training code", "Hugging Face open-sourced its Zephyr training recipe."),
    ("an unknown name is the subject", "The open-source Foo2-Chat rivals GPT-4o on coding."),
    ("name inside a longer name", "The open-source Claude Design alternative ships today."),
    (
        "hashtag on a project named after a model",
        "- [Gemini by Example](https://example.org) - the API. #opensource\n",
    ),
]


@pytest.mark.parametrize(("case", "text", "expected"), FLAG, ids=[c[0] for c in FLAG])
def test_flags(lint, case: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert flagged(lint(text)) == expected


@pytest.mark.parametrize(("case", "text"), DONT_FLAG, ids=[c[0] for c in DONT_FLAG])
def test_does_not_flag(lint, case: str, text: str) -> None:
    assert flagged(lint(text)) == []


def test_finding_explains_itself(lint) -> None:
    (finding,) = lint("Llama 2 is open source.")
    assert finding.model.status == "source-available"
    assert "Llama 2 Community License" in finding.note
    assert finding.suggestion == "source-available"
    assert any("llama" in url for url in finding.evidence)
