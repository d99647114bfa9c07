"""Coverage: the models people write about most all have an entry (or a family) in the vocabulary.

Each name is typed the way a writer would and must resolve to the entry named beside it, so a
misplaced alias ("Zephyr" on SmolLM) fails here as surely as a missing model.
"""

from __future__ import annotations

import pytest

from linter.mentions import find_mentions, resolve_name
from linter.vocab import cached_vocabulary

# (name as written, the entry it must resolve to)
COVERAGE = [
    ("Llama 1", "llama-1"),
    ("Llama 2", "llama-2"),
    ("Llama 3", "llama-3"),
    ("Llama 3.1", "llama-3.1"),
    ("Llama 3.2", "llama-3.2"),
    ("Llama 3.3", "llama-3.3"),
    ("Llama 4 Scout", "llama-4"),
    ("Llama 4 Maverick", "llama-4"),
    ("Code Llama", "code-llama"),
    ("Mistral 7B", "mistral-7b"),
    ("Mixtral 8x7B", "mixtral-8x7b"),
    ("Mixtral 8x22B", "mixtral-8x22b"),
    ("Mistral NeMo", "mistral-nemo"),
    ("Mistral Small", "mistral-small"),
    ("Mistral Large 1", "mistral-large-1"),
    ("Mistral Large 2", "mistral-large-2"),
    ("Mistral Large 3", "mistral-large-3"),
    ("Codestral", "codestral"),
    ("Pixtral", "pixtral"),
    ("Ministral", "ministral"),
    ("Magistral", "magistral"),
    ("Devstral", "devstral"),
    ("Mistral Medium", "mistral-medium"),
    ("Qwen 1", "qwen-1"),
    ("Qwen1.5", "qwen1.5"),
    ("Qwen2", "qwen2"),
    ("Qwen2.5", "qwen2.5"),
    ("QwQ", "qwq"),
    ("Qwen3", "qwen3"),
    ("DeepSeek LLM", "deepseek-llm"),
    ("DeepSeek-Coder", "deepseek-coder"),
    ("DeepSeek-Coder-V2", "deepseek-coder-v2"),
    ("DeepSeek-V2", "deepseek-v2"),
    ("DeepSeek-V3", "deepseek-v3"),
    ("DeepSeek-V3-0324", "deepseek-v3-0324"),
    ("DeepSeek-R1", "deepseek-r1"),
    ("Gemma", "gemma"),
    ("Gemma 2", "gemma-2"),
    ("Gemma 3", "gemma-3"),
    ("Gemma 4", "gemma-4"),
    ("CodeGemma", "codegemma"),
    ("Phi-1", "phi-1"),
    ("Phi-1.5", "phi-1.5"),
    ("Phi-2", "phi-2"),
    ("Phi-3", "phi-3"),
    ("Phi-4", "phi-4"),
    ("Falcon 7B", "falcon-7b"),
    ("Falcon 40B", "falcon-40b"),
    ("Falcon 180B", "falcon-180b"),
    ("Falcon 2", "falcon-2"),
    ("Falcon 3", "falcon-3"),
    ("GPT-2", "gpt-2"),
    ("GPT-3", "gpt-3"),
    ("GPT-3.5", "gpt-3.5"),
    ("GPT-4", "gpt-4"),
    ("GPT-4o", "gpt-4o"),
    ("o1", "o1"),
    ("o3", "o3"),
    ("GPT-5", "gpt-5"),
    ("gpt-oss-20b", "gpt-oss"),
    ("gpt-oss-120b", "gpt-oss"),
    ("Whisper", "whisper"),
    ("CLIP", "clip"),
    ("Claude", "claude"),
    ("Gemini", "gemini"),
    ("PaLM", "palm"),
    ("Grok-1", "grok-1"),
    ("Grok-2", "grok-2"),
    ("Grok-3", "grok-3"),
    ("Grok-4", "grok-4"),
    ("OLMo", "olmo"),
    ("OLMo 2", "olmo-2"),
    ("OLMoE", "olmoe"),
    ("Tülu 3", "tulu-3"),
    ("Molmo", "molmo"),
    ("Pythia", "pythia"),
    ("GPT-J", "gpt-j"),
    ("GPT-NeoX-20B", "gpt-neox-20b"),
    ("Dolly 2.0", "dolly-v2"),
    ("MPT", "mpt"),
    ("BLOOM", "bloom"),
    ("BLOOMZ", "bloomz"),
    ("StarCoder", "starcoder"),
    ("StarCoder2", "starcoder2"),
    ("SmolLM", "smollm"),
    ("SmolLM2", "smollm2"),
    ("Amber", "amber"),
    ("CrystalCoder", "crystalcoder"),
    ("LLM360 K2", "k2-65b"),
    ("T5", "t5"),
    ("Flan-T5", "flan-t5"),
    ("Stable Diffusion 1.5", "stable-diffusion-1"),
    ("Stable Diffusion 2.1", "stable-diffusion-2"),
    ("Stable Diffusion XL", "sdxl"),
    ("Stable Diffusion 3", "stable-diffusion-3"),
    ("Stable Diffusion 3.5", "stable-diffusion-3.5"),
    ("FLUX.1 schnell", "flux.1-schnell"),
    ("FLUX.1 dev", "flux.1-dev"),
    ("FLUX.1 pro", "flux.1-pro"),
    ("Command R", "command-r"),
    ("Command R+", "command-r-plus"),
    ("Yi", "yi-1"),
    ("Yi-1.5", "yi-1.5"),
    ("Granite", "granite"),
    ("Nemotron", "nemotron"),
    ("Jamba", "jamba"),
    ("DBRX", "dbrx"),
    ("Arctic", "arctic-llm"),
    ("Kimi K2", "kimi-k2"),
    ("GLM-4", "glm-4"),
    ("GLM4", "glm-4"),
    ("GLM-4.5", "glm-4.5"),
    ("Vicuna", "vicuna-v1.3"),
    ("Alpaca", "alpaca"),
    ("Zephyr", "zephyr-7b"),
    ("OpenLLaMA", "openllama"),
    ("OpenELM", "openelm"),
    ("TinyLlama", "tinyllama"),
    ("GPT-NeoXT-Chat-Base-20B", "gpt-neoxt-chat-base-20b"),
    ("Polyglot-Ko", "polyglot-ko"),
    ("XGLM", "xglm"),
    ("InCoder", "incoder"),
    ("Stable Beluga 2", "stable-beluga"),
    ("StableVicuna", "stablevicuna"),
    ("SEA-LION 7B", "sea-lion-v1"),
    ("YaLM-100B", "yalm-100b"),
    ("Xwin-LM", "xwin-lm"),
    ("NeuralChat", "neuralchat-7b"),
    ("EXAONE 3.5", "exaone-3"),
    ("MusicGen", "musicgen"),
    ("XVERSE-13B", "xverse"),
    ("GPT-SW3", "gpt-sw3"),
    ("TeleChat", "telechat"),
    ("YAYI 2", "yayi-2"),
    ("Nanbeige-16B", "nanbeige-16b"),
    ("GEITje", "geitje"),
    ("UltraLM", "ultralm"),
    ("DeBERTa", "deberta"),
    ("ByT5", "t5"),
    ("BlackMamba", "blackmamba"),
    ("Pile-T5", "pile-t5"),
    ("OpenCALM", "opencalm"),
    ("OpenVoice", "openvoice"),
    ("PolyCoder", "polycoder"),
    ("BioMedLM", "biomedlm"),
    ("FLM-101B", "flm-101b"),
    ("Switch Transformers", "switch-transformers"),
    ("bilingual-gpt-neox-4b", "rinna-bilingual-gpt-neox-4b"),
    ("japanese-large-lm-3.6b", "line-japanese-large-lm"),
    ("Seed-OSS-36B", "seed-oss"),
    ("Apertus", "apertus"),
    ("ZAYA1-8B", "zaya1"),
    ("K2-Think", "k2-think"),
    ("Hy3 preview", "hy3-preview"),
    ("Stable Diffusion v1.5", "stable-diffusion-1"),
    ("Stable Diffusion v2.1", "stable-diffusion-2"),
    ("Granite 4.0 Tiny Preview", "granite-4"),
]

# Checkpoint names as they appear in prose, with the entry and the status a claim is judged against.
STATUSES = [
    ("OpenLLaMA-7B", "openllama", "open-source"),
    ("OpenELM-270M-Instruct", "openelm", "source-available"),
    ("TinyLlama-1.1B-Chat-v1.0", "tinyllama", "open-source"),
    ("GPT-NeoXT-Chat-Base-20B-v0.16", "gpt-neoxt-chat-base-20b", "open-source"),
    ("Polyglot-Ko-12.8B", "polyglot-ko", "open-weights"),
    ("XGLM-7.5B", "xglm", "open-weights"),
    ("InCoder-6B", "incoder", "source-available"),
    ("StableBeluga-13B", "stable-beluga", "source-available"),
    ("FreeWilly2", "stable-beluga", "source-available"),
    ("StableVicuna-13B", "stablevicuna", "source-available"),
    ("SEA-LION-7B-Instruct", "sea-lion-v1", "open-weights"),
    ("YaLM 100B", "yalm-100b", "open-weights"),
    ("Xwin-LM-70B-V0.1", "xwin-lm", "source-available"),
    ("neural-chat-7b-v3-1", "neuralchat-7b", "open-weights"),
    ("EXAONE-3.5-32B-Instruct", "exaone-3", "source-available"),
    ("Qwen1.5-MoE-A2.7B", "qwen1.5", "source-available"),
    ("AudioGen", "musicgen", "source-available"),
    ("XVERSE-65B-Chat", "xverse", "source-available"),
    ("gpt-sw3-6.7b-v2-instruct", "gpt-sw3", "source-available"),
    ("TeleChat-12B", "telechat", "source-available"),
    ("YAYI2-30B", "yayi-2", "source-available"),
    ("Nanbeige-16B-Chat", "nanbeige-16b", "source-available"),
    ("BELLE-LLaMA-13B", "belle", "source-available"),
    ("GEITje-7B-chat-v2", "geitje", "open-weights"),
    ("UltraLM-13B-v2.0", "ultralm", "source-available"),
    ("deberta-v3-large", "deberta", "open-weights"),
    ("BlackMamba-2.8B", "blackmamba", "open-weights"),
    ("Pile-T5 XXL", "pile-t5", "open-source"),
    ("open-calm-7b", "opencalm", "source-available"),
    ("OpenVoice V2", "openvoice", "open-weights"),
    ("PolyCoder-2.7B", "polycoder", "open-weights"),
    ("PubMedGPT", "biomedlm", "source-available"),
    ("switch-c-2048", "switch-transformers", "open-source"),
    ("bilingual-gpt-neox-4b-instruction-ppo", "rinna-bilingual-gpt-neox-4b", "open-weights"),
    ("japanese-large-lm-3.6b-instruction-sft", "line-japanese-large-lm", "open-weights"),
    ("Seed-OSS-36B-Instruct", "seed-oss", "open-weights"),
    ("Apertus-70B-Instruct-2509", "apertus-1", "open-source"),
    ("ZAYA1-74B-preview", "zaya1", "open-weights"),
    ("NVIDIA-Nemotron-3.5-Lightning-30B-A3B", "nemotron-3.5-lightning", "open-weights"),
    ("Stable-Diffusion-v1.1", "stable-diffusion-1", "source-available"),
    ("Granite-4.0-Tiny-Base-Preview", "granite-4", "open-weights"),
    ("glm4-chat", "glm-4-9b", "source-available"),
    ("CogAgent-9B-20241220", "cogagent-9b-20241220", "source-available"),
    ("Qwen3-Embedding-8B", "qwen3-embedding", "open-weights"),
    ("Qwen3-Reranker-0.6B", "qwen3-embedding", "open-weights"),
    ("Emu2-Chat", "emu2", "source-available"),
    ("Emu3-Gen", "emu3", "open-weights"),
    ("FireFunction-v1", "firefunction-v1", "open-weights"),
    ("llama-3-firefunction-v2", "firefunction-v2", "source-available"),
    ("Selene-1-Mini-Llama-3.1-8B", "selene-1-mini", "source-available"),
    ("EXAONE-4.0-32B", "exaone-4", "source-available"),
    ("text-embedding-3-large", "text-embedding-3", "proprietary"),
    ("BGE-M3", "bge-m3", "open-weights"),
    ("bge-large-en-v1.5", "bge-v1.5", "open-weights"),
    ("dots.llm1.inst", "dots.llm1", "source-available"),
    ("llama-3.2-nv-embedqa-1b-v2", "llama-3.2-nv-embedqa", "source-available"),
    ("GritLM-7B", "gritlm-7b", "open-weights"),
    ("Ling-3.0-flash", "ling-3.0", "open-weights"),
    ("DeepSeek-R1-Distill-Qwen-32B", "deepseek-r1-distill-qwen", "open-weights"),
    ("Llama-3.1-Nemotron-70B", "llama-nemotron", "source-available"),
    ("Llama-3_3-Nemotron-Super-49B-v1", "llama-nemotron", "source-available"),
    ("Llama-4-Scout-17B-16E-Instruct", "llama-4", "source-available"),
    ("Llama-4-Maverick-17B-128E", "llama-4", "source-available"),
    ("EXAONE-Deep-32B", "exaone-deep", "source-available"),
    ("OpenThinker-32B", "openthinker", "open-weights"),
    ("DeepCoder-14B-Preview", "deepcoder", "open-weights"),
    ("Sky-T1-32B-Preview", "sky-t1-32b-preview", "open-weights"),
    ("distil-large-v3", "distil-whisper", "open-weights"),
    ("mochi-1-preview", "mochi-1", "open-weights"),
    ("Z-Image-Turbo", "z-image", "open-weights"),
    ("Florence-2-large", "florence-2", "open-weights"),
    ("seamless-m4t-v2-large", "seamlessm4t", "source-available"),
    ("XTTS-v2", "xtts", "source-available"),
    ("nllb-200-distilled-600M", "nllb-200", "source-available"),
    ("Suno Bark", "bark", "open-weights"),
    ("moondream2", "moondream2", "open-weights"),
    # Round three: models written about as open source in 2023-2026 web text and the corpora.
    ("Shieldstral-1.0-3B", "shieldstral", "open-weights"),
    ("nsql-6B", "nsql-codegen", "open-weights"),
    ("NSQL-Llama-2-7B", "nsql-llama-2", "source-available"),
    ("GeoV-9B", "geov-9b", "source-available"),
    ("Yarn-Llama-2-13b-128k", "yarn-llama-2", "source-available"),
    ("Stable Cascade", "stable-cascade", "source-available"),
    ("IF-I-XL-v1.0", "deepfloyd-if", "source-available"),
    ("SDXL-Lightning", "sdxl-lightning", "source-available"),
    ("Reflection-Llama-3.1-70B", "reflection-70b", "source-available"),
    ("R1 1776", "r1-1776", "open-weights"),
    ("playground-v2.5-1024px-aesthetic", "playground-v2", "source-available"),
    ("Mistral-NeMo-Minitron-8B-Base", "minitron", "source-available"),
    ("Llama-3.1-Minitron-4B-Width-Base", "minitron", "source-available"),
    ("AuraFlow-v0.3", "auraflow", "open-weights"),
    ("Zonos-v0.1-hybrid", "zonos-v0.1", "open-weights"),
    ("PixArt-Sigma-XL-2-1024-MS", "pixart-sigma", "source-available"),
    ("Kandinsky 3.1", "kandinsky-3", "open-weights"),
    ("Marco-o1", "marco-o1", "open-weights"),
    ("Smaug-72B-v0.1", "smaug", "source-available"),
    ("s1.1-32B", "s1-32b", "open-weights"),
    ("olmOCR-2-7B-1025", "olmocr", "open-weights"),
    ("BAGEL-7B-MoT", "bagel", "open-weights"),
    ("VaultGemma-1B", "vaultgemma", "source-available"),
    ("LongCat-Video", "longcat-video", "open-weights"),
    ("VibeVoice-1.5B", "vibevoice", "open-weights"),
    ("Fara-7B", "fara-7b", "open-weights"),
    ("Kimi-Audio-7B-Instruct", "kimi-audio", "open-weights"),
    ("dots.ocr", "dots.ocr", "source-available"),
    ("Stable Virtual Camera", "stable-virtual-camera", "source-available"),
    ("ACE-Step-v1-3.5B", "ace-step", "open-weights"),
    ("IndexTTS2", "indextts", "source-available"),
    ("Orpheus-3B", "orpheus-tts", "source-available"),
    ("Fish Speech 1.5", "fish-speech", "source-available"),
    ("YuE-s1-7B", "yue", "open-weights"),
    ("NeuTTS Air", "neutts-air", "open-weights"),
    ("NeuTTS Nano", "neutts-nano", "source-available"),
    ("MAGI-1", "magi-1", "open-weights"),
    ("Seed-X-PPO-7B", "seed-x", "open-weights"),
    ("Kyutai STT", "kyutai-stt", "source-available"),
    ("LTX-Video", "ltx-video", "source-available"),
    ("LTX-2", "ltx-2", "source-available"),
    ("MiniCPM5-1B", "minicpm-llm", "open-weights"),
    ("HunyuanOCR", "hunyuanocr", "source-available"),
    ("HunyuanWorld-1.0", "hunyuan-image", "source-available"),
    ("Qwen-Image-Layered", "qwen-image", "open-weights"),
    ("moss-moon-003-sft", "moss-003", "source-available"),
    ("Omnilingual ASR", "omnilingual-asr", "open-weights"),
    ("Code World Model", "code-world-model", "source-available"),
    ("MobileLLM-R1-950M", "mobilellm-r1", "source-available"),
    ("FastVLM-7B", "fastvlm", "source-available"),
    ("Audio Flamingo 3", "audio-flamingo", "source-available"),
    ("VoxCPM2", "voxcpm", "open-weights"),
    ("Kolors", "kolors", "source-available"),
    ("CogView3-Plus-3B", "cogview3", "open-weights"),
    ("LLaDA-8B-Instruct", "llada", "open-weights"),
]

# API ids and lower-case spellings as forums and news write them, with the entry each must reach.
SPELLINGS = [
    ("open-mistral-7b", "mistral-7b"),
    ("open-mixtral-8x7b", "mixtral-8x7b"),
    ("open-mixtral-8x22b", "mixtral-8x22b"),
    ("open-mistral-nemo", "mistral-nemo"),
    ("open-codestral-mamba", "codestral-mamba"),
    ("DeepSeek-R1-Distill", "deepseek-r1-distill"),
    ("claude-3-5-sonnet-20241022", "claude-3.5"),
    ("claude-3-7-sonnet-latest", "claude-3.7"),
    ("claude-3-haiku-20240307", "claude-3"),
    ("claude-sonnet-4-20250514", "claude-4"),
    ("claude-opus-4-1", "claude-4.1"),
    ("claude-sonnet-4-5", "claude-4.5"),
    ("sdxl", "sdxl"),
    ("codegemma", "codegemma"),
    ("paligemma", "paligemma"),
    ("bloomz", "bloomz"),
    ("molmo", "molmo"),
    ("apertus", "apertus"),
    ("deepseek math", "deepseek-math"),
    ("falcon mamba", "falcon-mamba"),
    ("hunyuanvideo", "hunyuanvideo"),
    ("embeddinggemma", "embeddinggemma"),
    ("cogvideox", "cogvideox"),
    # Round three (web text 2023-2026): shorthands, Groq and Mistral API ids, checkpoint file names.
    ("L3-70B", "llama-3"),
    ("L3.1 405B", "llama-3.1"),
    ("llama-3.1-70b-versatile", "llama-3.1"),
    ("llama-3.1-8b-instant", "llama-3.1"),
    ("llama-3.3-70b-versatile", "llama-3.3"),
    ("mixtral-8x7b-32768", "mixtral-8x7b"),
    ("qwen-qwq-32b", "qwq-32b"),
    ("mistral-large-latest", "mistral-large"),
    ("mistral-small-latest", "mistral-small"),
    ("codestral-latest", "codestral"),
    ("pixtral-large-latest", "pixtral-large"),
    ("ministral-8b-latest", "ministral-8b"),
    ("magistral-medium-latest", "magistral-medium"),
    ("devstral-small-latest", "devstral-small"),
    ("Mistral Small 24B", "mistral-small-3"),
    ("deepseek-reasoner", "deepseek"),
    ("pythia-6.9b", "pythia"),
    ("pythia-12b-deduped", "pythia"),
    ("stable diffusion", "stable-diffusion"),
    ("SD 1.4", "stable-diffusion-1"),
    ("SD XL", "sdxl"),
    ("flux1-dev", "flux.1-dev"),
    ("flux1-schnell", "flux.1-schnell"),
    ("Flux Pro", "flux.1-pro"),
    ("whisper-medium", "whisper"),
    ("Whisper v3", "whisper"),
    ("GLM-4-32B", "glm-4-0414"),
    ("Granite-20B-Code", "granite-code"),
    ("granite3.1-dense", "granite-3"),
    ("command-r7b-12-2024", "command-r7b"),
    ("command-r-plus-08-2024", "command-r-plus"),
    ("command-a-03-2025", "command-a"),
    ("StarChat-alpha", "starcoder"),
    ("gpt\u2011oss\u2011120b", "gpt-oss"),
    ("Olmo-3-7B-Think", "olmo-3"),
    ("SD3.5-Large", "stable-diffusion-3.5"),
    ("sd3.5_large", "stable-diffusion-3.5"),
    ("NVIDIA-Nemotron-Nano-12B-v2", "nemotron-nano-2"),
]

# Names the vocabulary lacks; each test is expected to fail until the entry is added.
GAPS: dict[str, str] = {}

# Names found when asked for by name (``openwash vocab show``) but deliberately not in prose.
NOT_IN_PROSE = {
    "Granite": "an ordinary word; prose needs 'IBM Granite' or a versioned name",
}


def _cases(only_in_prose: bool = False):
    for name, entry_id in COVERAGE:
        if only_in_prose and name in NOT_IN_PROSE:
            continue
        marks = [pytest.mark.xfail(strict=True, reason=f"gap: {GAPS[name]}")] if name in GAPS else []
        yield pytest.param(name, entry_id, marks=marks, id=name)


@pytest.fixture(scope="module")
def vocab():
    return cached_vocabulary()


@pytest.mark.parametrize(("name", "entry_id"), list(_cases()))
def test_the_name_resolves_to_its_entry(vocab, name: str, entry_id: str | None) -> None:
    found = resolve_name(vocab, name)
    entry = found.entry if found else None
    assert entry is not None, f"{name!r} is not in the vocabulary"
    assert entry.status is not None or entry.is_family
    if entry_id is not None:
        assert entry.id == entry_id


@pytest.mark.parametrize(("name", "entry_id"), list(_cases(only_in_prose=True)))
def test_the_linter_finds_the_name_in_prose_too(vocab, name: str, entry_id: str | None) -> None:
    found = resolve_name(vocab, name, exact_first=False)
    assert found is not None, f"{name!r} is not found in prose"
    assert found.entry == resolve_name(vocab, name).entry


@pytest.mark.parametrize(("name", "entry_id", "status"), STATUSES, ids=[name for name, _, _ in STATUSES])
def test_a_checkpoint_name_in_prose_is_judged_by_its_release(
    vocab, name: str, entry_id: str, status: str
) -> None:
    mentions = find_mentions(f"We fine-tuned {name} on our own data.", vocab)
    assert [m.entry_id for m in mentions] == [entry_id]
    assert vocab.entries[entry_id].status == status


@pytest.mark.parametrize(("name", "entry_id"), SPELLINGS, ids=[name for name, _ in SPELLINGS])
def test_a_spelling_from_forums_and_api_docs_is_recognised(vocab, name: str, entry_id: str) -> None:
    mentions = find_mentions(f"We use {name} here.", vocab, require_context=False)
    assert [m.entry_id for m in mentions] == [entry_id]


# Short names that are ordinary words or other projects' names count only beside their developer.
CONTEXT_ONLY = [
    ("ByteDance released BAGEL under Apache 2.0.", "I ate a bagel with BAGEL on the side.", "bagel"),
    ("Canopy Labs trained Orpheus on speech.", "Orpheus is a figure of Greek myth.", "orpheus-tts"),
    ("The hexgrad Kokoro voices are good.", "Kokoro is a novel by Soseki.", "kokoro-82m"),
    ("HKUST and M-A-P released YuE last week.", "YuE is a common surname.", "yue"),
    ("Fudan University released MOSS in 2023.", "MOSS is a governance tool.", "moss-003"),
    ("Meta released CWM for research.", "CWM is a payroll term.", "code-world-model"),
]


@pytest.mark.parametrize(("near", "alone", "entry_id"), CONTEXT_ONLY, ids=[e for _, _, e in CONTEXT_ONLY])
def test_a_context_only_name_needs_its_developer_nearby(vocab, near: str, alone: str, entry_id: str) -> None:
    assert entry_id in [m.entry_id for m in find_mentions(near, vocab)]
    assert entry_id not in [m.entry_id for m in find_mentions(alone, vocab)]
