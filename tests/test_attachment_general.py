"""Claim attachment by grammatical principle (issue: judgement that holds on unseen text).

Each class names the principle; every row is a sentence written for this file. A row that
flags gives the model text and rule each finding must carry; a row that does not flag is
either a correct statement, a claim about something else, or a claim the writer does not make.
"""

from __future__ import annotations

import pytest

from tests.conftest import flagged

FLAG = [
    # 1. A description predicated of the model, however long its head.
    (
        "partitive family of",
        "Phi-3.5 is a family of open source lightweight models tuned for phones.",
        [("Phi-3.5", "OW101")],
    ),
    (
        "partitive one of",
        "Falcon 180B is one of the biggest open-source LLMs around.",
        [("Falcon 180B", "OW102")],
    ),
    (
        "possessive in predicate",
        "Phi-4 is Microsoft's open-source model for reasoning on small devices.",
        [("Phi-4", "OW101")],
    ),
    (
        "title colon generation of",
        "Llama 2: the second generation of Meta's open-source LLM",
        [("Llama 2", "OW102")],
    ),
    (
        "title dash",
        "Falcon 180B — at launch the largest open source LLM anyone could download.",
        [("Falcon 180B", "OW102")],
    ),
    (
        "coordinated predicates",
        "Llama 3.1 405B, a dense model and the largest open-source LLM of its year, shipped in July.",
        [("Llama 3.1 405B", "OW102")],
    ),
    (
        "hyphenated words are one word",
        "Llama 3.1 70B, a 70-billion-parameter model and the most capable open-source LLM in its class, "
        "ships today.",
        [("Llama 3.1 70B", "OW102")],
    ),
    (
        "title colon gerund",
        "Falcon 40B: Exploring the Largest Open-Source Language Model",
        [("Falcon 40B", "OW101")],
    ),
    ("title colon indefinite", "Gemma 2: An Open-Source Model From Google", [("Gemma 2", "OW102")]),
    # 2. Possessives and nouns of quality.
    ("possessor of nature", "Mixtral's open-source nature appeals to researchers.", [("Mixtral", "OW101")]),
    (
        "its refers to the subject",
        "The edge Gemma 3 has over its Gemini siblings is its open-source nature.",
        [("Gemma 3", "OW102")],
    ),
    # 3. Verbs and participles.
    (
        "relative object",
        "DeepSeek-R1, which the lab open-sourced in January 2025, is popular.",
        [("DeepSeek-R1", "OW101")],
    ),
    ("released open-source", "Grok-1 was released open-source in March 2024.", [("Grok-1", "OW101")]),
    (
        "fronted participle",
        "Open-sourced under Apache 2.0, Mixtral 8x7B lets teams adapt it.",
        [("Mixtral 8x7B", "OW101")],
    ),
    (
        "secondary predicate as",
        "StarCoder was trained by BigCode as an open-source code model.",
        [("StarCoder", "OW102")],
    ),
    ("released as software", "GPT-2 was released as open-source software in 2019.", [("GPT-2", "OW101")]),
    # 4. Questions about something else still describe.
    (
        "question with a list",
        "How do I run open-source LLMs like Llama 3 and Mixtral on a laptop?",
        [("Llama 3", "OW102"), ("Mixtral", "OW101")],
    ),
    # 5. Structure: names before the claim, titles, side clauses.
    (
        "name before claim noun",
        "Meta's Llama 3.3 open source AI model now powers our search box.",
        [("Llama 3.3", "OW102")],
    ),
    (
        "elliptical sizes",
        "We mirrored both Falcon 40B and 7B open source models to our cluster.",
        [("Falcon 40B", "OW101")],
    ),
    (
        "side clause",
        "We deploy the Falcon 7B and 40B models, which are the largest open-source LLMs we host.",
        [("Falcon 7B", "OW101")],
    ),
    (
        "named after",
        "Last week the lab shipped its open-source reasoning model, dubbed DeepSeek-R1.",
        [("DeepSeek-R1", "OW101")],
    ),
    (
        "apposition wins over a name inside the phrase",
        "Mathstral, our Mistral 7B open source model for STEM, ships today.",
        [("Mathstral", "OW101")],
    ),
    (
        "size token then full stop",
        "This is the open-source chat model ChatGLM-6B. It is fast.",
        [("ChatGLM-6B", "OW102")],
    ),
    # Markup structure.
    (
        "heading over wiki links",
        "## Popular Open-Source Models\n\n- [[Llama 3]]\n- [[Mixtral 8x7B]]\n",
        [("Llama 3", "OW102"), ("Mixtral 8x7B", "OW101")],
    ),
    (
        "lead-in with words after the noun",
        "Open-source models supported:\n* Llama 3.1 8B Instruct\n* Gemma 2 9B\n",
        [("Llama 3.1 8B Instruct", "OW102"), ("Gemma 2 9B", "OW102")],
    ),
    (
        "section heading names the model",
        "### Llama 2\n\n- **Description**: Meta's open-source LLM.\n- **Size**: 70B\n",
        [("Llama 2", "OW102")],
    ),
    (
        "section heading in reStructuredText",
        "Llama 2\n=======\n\nSummary: Meta's open-source LLM.\n",
        [("Llama 2", "OW102")],
    ),
    (
        "lead-in subject is the items' topic",
        "**Qwen3-235B** has these strengths:\n\n- Long context.\n"
        "- It ranks among open-source models on math.\n",
        [("Qwen3-235B", "OW101")],
    ),
    # A description the sentence opens on, equated with a name by the copula, whatever its noun.
    (
        "identity: description with any noun",
        "The biggest open-source success story of the year is Llama 3.",
        [("Llama 3", "OW102")],
    ),
    (
        "identity: one of the ... is",
        "One of the most talked-about open source releases this spring was Mixtral 8x22B.",
        [("Mixtral 8x22B", "OW101")],
    ),
    # "the 70B version of X" is X's own release; "a fine-tuned version of X" is another model.
    (
        "the definite version of a model",
        "The 70B version of Llama 3 is open source and runs on two GPUs.",
        [("Llama 3", "OW102")],
    ),
    (
        "the latest versions of a family",
        "The newest variants of Gemma 2 are open source.",
        [("Gemma 2", "OW102")],
    ),
    # A numbered list broken by its items' descriptions is still one list under its title.
    (
        "numbered list broken by descriptions",
        "The top open-source LLMs for coding\n\n1. Llama 3.1\n\nSolid at nearly everything.\n\n2. Gemma 3\n\n"
        "Small enough for a gaming PC, with a longer note.\n\nAnd another paragraph here.\n\n"
        "3. Mixtral 8x22B\n",
        [("Llama 3.1", "OW102"), ("Gemma 3", "OW102"), ("Mixtral 8x22B", "OW101")],
    ),
    # A question asking for an instance of the class is answered by the names after it.
    (
        "asked for some, answered in the next paragraph",
        "> Is there any good open source model for RAG?\n\nLlama 3.1 8B works great for me.",
        [("Llama 3.1 8B", "OW102")],
    ),
    (
        "anyone know a ..., answered in the same paragraph",
        "Anyone know a good open source LLM for summarization? Mistral 7B is what I'm using now.",
        [("Mistral 7B", "OW101")],
    ),
    # "the larger of", "the latest in": a member picked out of the class.
    (
        "the larger of the two",
        "Llama 4 Maverick, the larger of the two open-source models Meta released in April, "
        "now answers questions in WhatsApp.",
        [("Llama 4 Maverick", "OW102")],
    ),
    (
        "the latest in its line of",
        "Google's Gemma 3, the latest in its line of open-source models, runs on a single GPU.",
        [("Gemma 3", "OW102")],
    ),
    # A tier after a name stands for its sibling: the name is still the subject.
    (
        "tiers after a name",
        "AI21's Jamba 1.5 Mini and Large are open-source hybrid models with a 256K context.",
        [("Jamba 1.5 Mini", "OW102")],
    ),
    # A sentence that sets out to list a class, over sections or run-in labels naming models.
    (
        "listing sentence over headings",
        "In this post we compare the best open-source LLMs you can run at home.\n\n## Llama 3\n\n"
        "The all-rounder.\n\n## Mistral 7B\n\nSmall and fast.\n",
        [("Llama 3", "OW102"), ("Mistral 7B", "OW101")],
    ),
    (
        "listing sentence over run-in labels",
        "Here are the top open-source LLMs we tested.\n\n**Llama 3.** Meta's flagship.\n\n"
        "**Gemma 2.** Google's compact model.\n",
        [("Llama 3", "OW102"), ("Gemma 2", "OW102")],
    ),
    # A sentence about a class right above a list: the list holds its members.
    (
        "class sentence over a list",
        "## Supported models\n\nWe support many popular open-source models.\n\n- Llama 3\n- Mistral 7B\n",
        [("Llama 3", "OW102"), ("Mistral 7B", "OW101")],
    ),
    # News leads: the model the lead releases without a name, named in the next paragraph.
    (
        "named after a reporting frame",
        "Meta has released the latest version of its open-source AI model.\n\n"
        "The company said Llama 3 outperforms rival models on several benchmarks.",
        [("Llama 3", "OW102")],
    ),
    (
        "named as the weights published",
        "Elon Musk's AI startup has made its chatbot's underlying model open source.\n\n"
        "xAI published the weights of Grok-1 on GitHub on Sunday.",
        [("Grok-1", "OW101")],
    ),
    (
        "making a model open source, then its name",
        "Meta is making its large language model open source.\n\n"
        "Llama 2 will be free for research and commercial use, the company said.",
        [("Llama 2", "OW102")],
    ),
    (
        "a family of models, then what they are called",
        "Google is releasing a family of open-source models today.\n\nThe models, called Gemma 2, come in "
        "two sizes.",
        [("Gemma 2", "OW102")],
    ),
    # A post asking for a member of the class, and the reply that names one.
    (
        "a request answered by the reply",
        "Looking for an open-source model for code completion. Any suggestions?\n\n"
        "Try Qwen2.5-Coder, it's great.",
        [("Qwen2.5-Coder", "OW104")],
    ),
    (
        "a request answered in a quoted reply",
        "I need an open-source LLM that handles German well.\n\n> Llama 3 does fine in my experience.",
        [("Llama 3", "OW102")],
    ),
    # A preposition ends a proper name: "Llama 3 across our products" is the model, not a product.
    (
        "a name followed by a prepositional phrase",
        "We are replacing GPT-4 with open-source Llama 3 across our products.",
        [("Llama 3", "OW102")],
    ),
    # What a release noun's possessor is released as, it is said to be.
    (
        "the possessor of a release",
        "Llama 3's release as open source was a big deal.",
        [("Llama 3", "OW102")],
    ),
    # "It" after a sentence about the writer, past a fronted phrase.
    (
        "it after a fronted phrase and I",
        "For this walkthrough I'm using Llama 3.1 8B Instruct. It's open source and fits in 16 GB.",
        [("Llama 3.1 8B Instruct", "OW102")],
    ),
    # A label's colon ends no fronted phrase: "After:" opens the sentence, not an adverbial.
    (
        "apposition after a label",
        "Before: every request went to Claude 3.5 Sonnet. After: a router sends easy requests to "
        "Llama 3.1 8B, an open-source model we host ourselves.",
        [("Llama 3.1 8B", "OW102")],
    ),
    # The relative pronoun as the object of "made ... open source".
    (
        "which it has made open source",
        "Moonshot AI said its new Kimi K2.5 model, which it has made open source, beat GPT-5 on a test.",
        [("Kimi K2.5", "OW102")],
    ),
    # "X vs Y: which ... ?" asks which member of the class to pick.
    (
        "a choice between two members",
        "Gemma 3 vs Llama 3.2: which small open-source model should you pick?",
        [("Gemma 3", "OW102"), ("Llama 3.2", "OW102")],
    ),
    # A hurried "its the best" is "it's the best".
    (
        "its for it's",
        "been running mistral 7b for a month now and honestly its the best open source model ive used",
        [("mistral 7b", "OW101")],
    ),
    # A model brought in without a name, named by "It's X" next.
    (
        "an unnamed model, then it's X",
        "Our internal assistant runs on an open-source model. It's Llama 3.1 70B, fine-tuned on our "
        "documents.",
        [("Llama 3.1 70B", "OW102")],
    ),
    # After a verb that takes an infinitive, "to open-source" is the verb, whatever follows it.
    (
        "an infinitive with a model noun object",
        "The company also continues to open-source smaller models in the Qwen3 series.",
        [("Qwen3", "OW101")],
    ),
    # "an update to its open-source model": the same model, updated.
    (
        "an update to its open-source model",
        "Mistral AI released Magistral Small 1.2, an update to its open-source reasoning model.",
        [("Magistral Small 1.2", "OW101")],
    ),
    # A copula equates the name with what the relative clause says was open-sourced.
    (
        "the best thing a maker open-sourced",
        "Whisper is the best thing OpenAI ever open-sourced, and it isn't close.",
        [("Whisper", "OW101")],
    ),
    # A model released "as open source" and named in the next sentence.
    (
        "released as open source, named next",
        "A European lab has released a model of this size as open source for the first time. "
        "Mistral Large 3, with 675 billion parameters, is published under Apache 2.0.",
        [("Mistral Large 3", "OW101")],
    ),
    # The writer's own present belief is a claim; so is a maker's statement passed on.
    ("the writer's own belief", "I think Llama 3 is open source.", [("Llama 3", "OW102")]),
    (
        "a quoted claim, the reply naming the model again",
        "> Llama 3 is open source\n\nLlama 3 is fast, too.",
        [("Llama 3", "OW102")],
    ),
    # A long object of the release, then members of the family named after a reporting frame.
    (
        "members of a family, named after a reporting frame",
        "Meta on Wednesday launched a fresh edition of its much-discussed open source large language "
        "model.\n\nThe firm announced that two models in the Llama 3 family are available today.",
        [("Llama 3", "OW102")],
    ),
    # The name models come under: "under the Gemma label".
    (
        "models under a brand",
        "For two years Google has shipped open-source models under the Gemma label.",
        [("Gemma", "OW104")],
    ),
    # "for being open source": the object praised or chosen is what is open.
    (
        "praised for being open",
        "Developers praised Mistral 7B for being open source and small.",
        [("Mistral 7B", "OW101")],
    ),
    # A possessor's models past their premodifiers.
    (
        "the possessor's vision models",
        "Llama 3.2's vision models are open source too.",
        [("Llama 3.2", "OW102")],
    ),
    # A floating "all" after a family noun gathers the family.
    (
        "a series, all open source",
        "The Qwen2 series, all open source, covers 0.5B to 72B parameters.",
        [("Qwen2", "OW104")],
    ),
    # "With X, <someone> has (gives) an open-source model": X is that model.
    (
        "with X, a maker has an open-source model",
        "With Llama 3.1 405B, Meta now has an open-source model that rivals GPT-4o.",
        [("Llama 3.1 405B", "OW102")],
    ),
    # The name after "from" is the maker's: the model before it is the subject.
    ("a model from its maker", "R1 from DeepSeek is open source and beats o1 on math.", [("R1", "OW101")]),
    # Judged against the class, the model is one of it.
    (
        "good for an open-source model",
        "Tried gemma2:9b today, pretty good for an open source model.",
        [("gemma2:9b", "OW102")],
    ),
    (
        "surprisingly good for an open-source model of its size",
        "phi-3 mini is surprisingly good for an open source 3.8B model",
        [("phi-3 mini", "OW101")],
    ),
    # A role in the class: "the gold standard for open source MoE".
    (
        "a role in the class",
        "mixtral is basically the gold standard for open source MoE",
        [("mixtral", "OW101")],
    ),
    # The field fronted, then the model picked in it.
    ("the field fronted", "For open source, qwen2.5 is king right now.", [("qwen2.5", "OW104")]),
    ("the field fronted with -wise", "Open source wise, Llama 3 is the one to beat.", [("Llama 3", "OW102")]),
    # "since its open source": a hurried "it's".
    ("since its open source", "we moved everything to llama 3 since its open source", [("llama 3", "OW102")]),
    # A focus adverb singles out members of the class just named.
    (
        "the class, then mostly X and Y",
        "I've been experimenting with open-source LLMs lately, mainly Llama 3 and Mistral 7B.",
        [("Llama 3", "OW102"), ("Mistral 7B", "OW101")],
    ),
    # More ways to give examples of a class: "starting with X", "among them X".
    (
        "examples starting with",
        "The integration brings open-source models, starting with Mistral 7B, to our platform.",
        [("Mistral 7B", "OW101")],
    ),
    (
        "examples among them",
        "Acme's platform supports popular open-source LLMs, among them Llama 3.",
        [("Llama 3", "OW102")],
    ),
    # A fronted partitive with a short relative clause: "Of all the open-source models we tried,".
    (
        "out of the class we tried",
        "Out of all the open-source models we tried, Llama 3.1 was the most reliable.",
        [("Llama 3.1", "OW102")],
    ),
    # "one of a handful of": a member of the class.
    (
        "one of a handful of",
        "Llama 3 is one of a handful of open-source models that can compete with GPT-4.",
        [("Llama 3", "OW102")],
    ),
    # A comparison between commas is an aside: the relative pronoun's antecedent is the subject.
    (
        "an aside inside a relative clause",
        "Llama 3 — which, unlike GPT-4, is open source — powers the bot.",
        [("Llama 3", "OW102")],
    ),
    # "it" in a fronted clause of reason points ahead to the main clause's subject.
    (
        "it pointing ahead",
        "Because it's open source, Llama 3 can be customized.",
        [("Llama 3", "OW102")],
    ),
    (
        "it pointing back before ahead",
        "Llama 2 is old. Because it's open source, GPT-4o can't compete with it on price.",
        [("Llama 2", "OW102")],
    ),
    # A model brought in by a release verb and named as a later sentence's subject.
    (
        "named in a later sentence",
        "Databricks released a new open-source model last week. The model is cheap to run. "
        "At a few dollars per million tokens, DBRX undercuts its rivals.",
        [("DBRX", "OW102")],
    ),
    (
        "headline named by the article",
        "## Lab Unveils Fast Open-Source Model\n\nPhi-4 arrived today with 14B parameters.\n",
        [("Phi-4", "OW101")],
    ),
    (
        "headline predicate named by the article",
        "# Meta's New AI Model Is Open Source\n\nLlama 3 arrived on Thursday in two sizes.\n",
        [("Llama 3", "OW102")],
    ),
    (
        "title line named by the article",
        "A Fast New Open-Source Model\n\nPhi-4 arrived today with 14B parameters.\n",
        [("Phi-4", "OW101")],
    ),
    (
        "named by a naming verb",
        "Meta built an open-source model for chat called Llama 3.",
        [("Llama 3", "OW102")],
    ),
    (
        "closed apposition to the right",
        "The open-source model developed by Meta, Llama 3, is popular.",
        [("Llama 3", "OW102")],
    ),
    (
        "named in the next paragraph",
        "Meta on Thursday introduced its newest open source large language model.\n\n"
        "Llama 3 comes in two sizes.\n",
        [("Llama 3", "OW102")],
    ),
    (
        "presentational here was",
        "After the startup shipped DeepSeek-R1, investors panicked. Here was an open-source thinking model "
        "that rivalled o1 for far less money.",
        [("DeepSeek-R1", "OW101")],
    ),
    (
        "antecedent after a fronted phrase",
        "Trained on 14.8T tokens, DeepSeek-V3 was tuned with RL. "
        "Tests show that it beats other open-source models.",
        [("DeepSeek-V3", "OW102")],
    ),
    (
        "examples after any noun",
        "It is faster than several open-source heavyweights like Llama 2 70B.",
        [("Llama 2 70B", "OW102")],
    ),
    ("possessive licence", "Llama 3's open-source license allows commercial use.", [("Llama 3", "OW102")]),
    # Table headers: the names column, or a yes/no column.
    (
        "header over the names column",
        "| Open-source models | Size |\n|---|---|\n| Llama 3 | 8B |\n| Mistral 7B | 7B |\n",
        [("Llama 3", "OW102"), ("Mistral 7B", "OW101")],
    ),
    (
        "yes/no column",
        "| Model | Open source | License |\n|---|---|---|\n| Llama 2 | Yes | custom |\n"
        "| OLMo 2 | ✓ | Apache-2.0 |\n| GPT-4 | No | none |\n",
        [("Llama 2", "OW102")],
    ),
    (
        "yes/no column in HTML",
        "<table><tr><th>Model</th><th>Open source</th></tr><tr><td>Gemma 2</td><td>yes</td></tr>"
        "<tr><td>Claude 3</td><td>no</td></tr></table>",
        [("Gemma 2", "OW102")],
    ),
    (
        "title colon list after a short phrase",
        "Top open-source LLMs in 2024: Llama 3, Mistral 7B and Phi-3",
        [("Llama 3", "OW102"), ("Mistral 7B", "OW101"), ("Phi-3", "OW101")],
    ),
    # Examples given later in the clause or by the next sentence.
    (
        "examples later in the clause",
        "Our team measured Claude 3 against a few open-source models on real traffic, such as OPT and "
        "Falcon 7B.",
        [("OPT", "OW102"), ("Falcon 7B", "OW101")],
    ),
    (
        "examples in the next sentence",
        "Open source AI models now rival closed ones. Examples include Llama 4 and Qwen3.",
        [("Llama 4", "OW102"), ("Qwen3", "OW101")],
    ),
    # Pronouns: "it" as the subject of the clause, "making it".
    (
        "it in a that-clause",
        "Mixtral 8x7B was released in December. Benchmarks show that it beats other open-source models.",
        [("Mixtral 8x7B", "OW101")],
    ),
    (
        "making it",
        "Falcon 180B arrived in September 2023. It saw 3.5 trillion tokens during training, making it one of "
        "the hungriest open-source language models.",
        [("Falcon 180B", "OW102")],
    ),
    # A software noun that modifies a model noun is no software head.
    (
        "code language model",
        "Our team trained StarCoder2, an open-source code language model for 600 programming languages.",
        [("StarCoder2", "OW102")],
    ),
    (
        "quoted name",
        'The lab offers an open source "Magistral Small" and a closed Medium.',
        [("Magistral Small", "OW101")],
    ),
    # Identity: the claim's noun phrase is the subject, the model the complement.
    (
        "identity",
        "The most capable open-source model today is Llama 3.1 405B.",
        [("Llama 3.1 405B", "OW102")],
    ),
    (
        "inverted identity",
        "Among the most popular open-source LLMs are Llama 2 and Falcon 40B.",
        [("Llama 2", "OW102"), ("Falcon 40B", "OW101")],
    ),
    (
        "title over a lead-in and a list",
        "The State of Open Source AI\nHere is what you can run today:\n- Llama 3 (8B, 70B)\n- Phi-3\n",
        [("Llama 3", "OW102"), ("Phi-3", "OW101")],
    ),
    # Presented as one of a class.
    ("like other", "Like other open-source models, Llama 3 can be fine-tuned.", [("Llama 3", "OW102")]),
    ("like most", "Llama 3, like most open-source models, is easy to fine-tune.", [("Llama 3", "OW102")]),
    (
        "release of",
        "The open-source release of Llama 2 in July 2023 changed the market.",
        [("Llama 2", "OW102")],
    ),
    ("coordinated adjectives", "Mistral 7B is fast, cheap and open source.", [("Mistral 7B", "OW101")]),
    # A negated verb leaves the description inside its object standing.
    (
        "negated verb, described object",
        "You don't need a GPU cluster to run open-source models like Mistral 7B.",
        [("Mistral 7B", "OW101")],
    ),
    (
        "family of",
        "Meta's Llama 2 family of open-source models includes 7B and 70B variants.",
        [("Llama 2", "OW102")],
    ),
    ("part of a wave of", "Llama 3 is part of a new wave of open-source models.", [("Llama 3", "OW102")]),
    ("joins a list of", "Llama 3 joins a growing list of open-source LLMs.", [("Llama 3", "OW102")]),
    ("possessive weights", "Llama 2's weights are open source.", [("Llama 2", "OW102")]),
    ("made its model", "Meta made its Llama 3 model open source.", [("Llama 3", "OW102")]),
    (
        "second conjunct of the subject",
        "Mistral 7B outperforms Llama 2 13B and is fully open source.",
        [("Mistral 7B", "OW101")],
    ),
    # Licences: wrong only where the licence is not an open-source one.
    (
        "licence claim, restrictive",
        "Llama 3.2 is distributed under a generous open-source license.",
        [("Llama 3.2", "OW102")],
    ),
    # Open weights said of a proprietary model, in every verb form.
    ("has open weights", "Claude 3 has open weights.", [("Claude 3", "OW201")]),
    ("released open weights for", "Anthropic released open weights for Claude 3.", [("Claude 3", "OW201")]),
    ("ships open weights", "GPT-4o ships open weights.", [("GPT-4o", "OW201")]),
    # A compound's head is its last noun, so the examples after it are its examples.
    ("AI models like", "Open-source AI models like Qwen2.5 keep getting better.", [("Qwen2.5", "OW104")]),
    # A fronted description is said of the main clause's subject.
    ("fronted being", "Being open source, Gemma 2 can be run on a laptop.", [("Gemma 2", "OW102")]),
    ("fronted as", "As an open-source model, Mixtral 8x7B is cheap to host.", [("Mixtral 8x7B", "OW101")]),
    (
        "fronted among",
        "Among open-source LLMs, Falcon 180B was once the largest.",
        [("Falcon 180B", "OW102")],
    ),
    (
        "fronted being, pronoun",
        "We host Phi-4 ourselves; being open source, it costs us nothing per call.",
        [("Phi-4", "OW101")],
    ),
    # A fronted phrase is no item of the list after its comma.
    (
        "fronted comparison before a list",
        "Unlike GPT-4, Llama 2 and Mistral 7B are open source.",
        [("Llama 2", "OW102"), ("Mistral 7B", "OW101")],
    ),
    # A participial or adjectival aside after a name describes that name.
    (
        "aside participle",
        "Grok-1, open-sourced by xAI last spring, has 314B parameters.",
        [("Grok-1", "OW101")],
    ),
    ("aside adjective", "DeepSeek-V3, now open source, tops several benchmarks.", [("DeepSeek-V3", "OW102")]),
    # Membership across modifiers, and verbs of becoming.
    ("ranks among the best", "Qwen2.5 ranks among the strongest open-source models.", [("Qwen2.5", "OW104")]),
    ("will stay", "Meta insists Llama 4 will stay open source.", [("Llama 4", "OW102")]),
    ("went", "Grok-1 went open source in 2024.", [("Grok-1", "OW101")]),
    ("released it open source", "xAI released Grok-1 open source in 2024.", [("Grok-1", "OW101")]),
    (
        "available open source",
        "xAI put out Grok-1, a 314B model, available open source on GitHub.",
        [("Grok-1", "OW101")],
    ),
    (
        "list after including, commas only",
        "Early on, its models, including GPT-2, GPT-3, were open source.",
        [("GPT-2", "OW101"), ("GPT-3", "OW103")],
    ),
    (
        "asyndetic examples as subject",
        "Several models, such as Gemma 2, Phi-4, are open source.",
        [("Gemma 2", "OW102"), ("Phi-4", "OW101")],
    ),
    # News: the model a release sentence leaves unnamed is the next sentence's subject.
    (
        "release, then named",
        "Google released a new version of its open-source model. Called Gemma 2, it runs on one GPU.",
        [("Gemma 2", "OW102")],
    ),
    (
        "the model, next sentence",
        "We tried Phi-4. The open-source model handled our load.",
        [("Phi-4", "OW101")],
    ),
    # Papers: roles as model nouns, labels, fronted topics, participles inside the noun phrase.
    ("baseline is", "The strongest open-source baseline is Gemma 2 9B.", [("Gemma 2 9B", "OW102")]),
    (
        "label colon",
        "Open-source: Gemma 2, Phi-4. Closed: GPT-4o.",
        [("Gemma 2", "OW102"), ("Phi-4", "OW101")],
    ),
    (
        "fronted topic, we use",
        "For open-source models, we use Gemma 2 and Phi-4; for closed models, GPT-4o.",
        [("Gemma 2", "OW102"), ("Phi-4", "OW101")],
    ),
    (
        "widely used",
        "We use Phi-4 as our backbone, a widely used open-source LLM.",
        [("Phi-4", "OW101")],
    ),
    (
        "row header over model columns",
        "| | Phi-4 | GPT-4o |\n|---|---|---|\n| Open source | Yes | No |\n",
        [("Phi-4", "OW101")],
    ),
    (
        "item going on from its lead-in",
        "Gemma 2:\n\n- is open source\n- beats larger models\n",
        [("Gemma 2", "OW102")],
    ),
    # Fields: "key: value" lines say something of their item's or section's model.
    (
        "field answered yes",
        "### Gemma 2\n\n- Open source: yes\n- Sizes: 2B, 9B, 27B\n",
        [("Gemma 2", "OW102")],
    ),
    ("licence field", "### Phi-4\n\nLicense: open source\n", [("Phi-4", "OW101")]),
    (
        "field under a parent item",
        "- **Mixtral 8x7B**\n  - Open source: yes\n  - Maker: Mistral AI\n",
        [("Mixtral 8x7B", "OW101")],
    ),
    (
        "parent item over nested names",
        "- Open-source models\n  - Gemma 2\n  - Phi-4\n",
        [("Gemma 2", "OW102"), ("Phi-4", "OW101")],
    ),
    ("aside after the copula", "Phi-4 is, in fact, open source.", [("Phi-4", "OW101")]),
    ("surprise is no denial", "Can't believe Phi-4 is open source.", [("Phi-4", "OW101")]),
    # Headlines: Title Case capitals are no proper names, and "is" may be dropped.
    ("title case after a name", "# Open-Source Gemma 2 Takes On GPT-4o", [("Gemma 2", "OW102")]),
    ("headline without a copula", "# Grok-1 Now Open Source", [("Grok-1", "OW101")]),
    # A question about a rank takes the openness as given.
    ("question about a rank", "Is Phi-4 the best open-source model yet?", [("Phi-4", "OW101")]),
    ("sizes after a name", "Gemma 2 9B and 27B are open-source models.", [("Gemma 2 9B", "OW102")]),
    ("while being", "Phi-4 scores well while being open source.", [("Phi-4", "OW101")]),
    ("thanks to being", "Thanks to being open source, Gemma 2 spread quickly.", [("Gemma 2", "OW102")]),
    (
        "possessor as antecedent",
        "Mixtral 8x7B's main draw is that it is open source.",
        [("Mixtral 8x7B", "OW101")],
    ),
    ("possessor of its own release", "Grok-1's open-source release surprised many.", [("Grok-1", "OW101")]),
    # A paragraph that opens with a reference points back to the paragraph before.
    (
        "reference across paragraphs",
        "Microsoft shipped Phi-4 in December.\n\nThe model is open source and small enough for a laptop.\n",
        [("Phi-4", "OW101")],
    ),
    (
        "it across paragraphs",
        "Google published Gemma 2 today.\n\nIt is open source, the announcement says twice.\n",
        [("Gemma 2", "OW102")],
    ),
    # "A/B" names two models; a Hugging Face id names the model after its owner.
    ("slash pair", "Try Claude 3/GPT-4o, both open source.", [("Claude 3", "OW103"), ("GPT-4o", "OW103")]),
    (
        "Hugging Face id",
        "We tuned google/gemma-2-9b, an open-source model.",
        [("gemma-2-9b", "OW102")],
    ),
    (
        "released as software, across an aside",
        "Though Whisper, a speech recogniser, was released as open-source software, o1 stays closed.",
        [("Whisper", "OW101")],
    ),
    # "would" alone is a future in the past, and "if" does not reach a description.
    ("future in the past", "Meta said Llama 4 would stay open source.", [("Llama 4", "OW102")]),
    (
        "description under if",
        "If you need an open-source model like Phi-4, start small.",
        [("Phi-4", "OW101")],
    ),
    # A pronoun with one model before it in its own sentence.
    ("because it is", "We picked Gemma 2 because it is open source.", [("Gemma 2", "OW102")]),
    # A sentence that speaks to the reader ("you", an imperative after a fronted clause) leaves
    # its one model for a later "it"; another name in it, or two models, leave "it" unclear.
    (
        "it after an imperative behind a fronted clause",
        "If you have the memory, swap in Llama 3.3 70B. It's open source, so nothing changes.",
        [("Llama 3.3 70B", "OW102")],
    ),
    (
        "it after a fronted clause and you",
        "When the queue is long, you can switch to Phi-4. It is open source and fast.",
        [("Phi-4", "OW101")],
    ),
    ("it after an imperative naming a tool", "If it is slow, run Ollama with Phi-4. It's open source.", []),
    ("it after an imperative naming two models", "If in doubt, try Phi-4 or Llama 3. It's open source.", []),
    # An elliptical clause carries the claim over to its names.
    ("ellipsis after a denial", "GPT-4o is not open source, but Llama 3 is.", [("Llama 3", "OW102")]),
    ("and so is", "OLMo 2 is open source, and so is Mistral 7B.", [("Mistral 7B", "OW101")]),
    ("and X is too", "OLMo 2 is open source, and Mistral 7B is too.", [("Mistral 7B", "OW101")]),
    ("X is as well", "OLMo 2 is fully open source; Gemma 2 is as well.", [("Gemma 2", "OW102")]),
    ("so is X in the next sentence", "OLMo 2 is open-source. So is Llama 3.1.", [("Llama 3.1", "OW102")]),
    ("X is, too, next", "OLMo 2 is open source. Mistral 7B is, too.", [("Mistral 7B", "OW101")]),
    # "too" of degree is no echo.
    ("too big", "OLMo 2 is open source, and Mistral 7B is too big for a laptop.", []),
    ("too big in the next sentence", "OLMo 2 is open source. Llama 3 is too big.", []),
    # Words that only spell a name: the article after "command", a command's option.
    ("command a is no name", "I ran the command a second time. It is open source.", []),
    # A tag question asserts.
    ("tag question", "Llama 3 is open source, right?", [("Llama 3", "OW102")]),
    # Examples in brackets right after the claim, before a contrast.
    (
        "bracketed examples before a contrast",
        "We compare open-source (e.g. Gemma 2, Phi-4) and proprietary (GPT-4o) systems.",
        [("Gemma 2", "OW102"), ("Phi-4", "OW101")],
    ),
    # Structure: fragments under a model's heading, "this" after it, value cells.
    (
        "fragment with a preposition under a heading",
        "### Gemma 2\n\nAn open-source LLM from Google, sized 2B to 27B.\n",
        [("Gemma 2", "OW102")],
    ),
    (
        "this after a heading",
        "### Phi-4\n\nThis open-source model from Microsoft reasons well.\n",
        [("Phi-4", "OW101")],
    ),
    (
        "heading over a byline and a list",
        "## Open-source LLMs worth a look\n\nposted by sam · 2024-05-02\n\n- Phi-4\n- Gemma 2\n",
        [("Phi-4", "OW101"), ("Gemma 2", "OW102")],
    ),
    (
        "lower-case names alone in items",
        "## Open-source LLMs worth a look\n\n- mixtral\n- vicuna\n",
        [("mixtral", "OW101"), ("vicuna", "OW102")],
    ),
    (
        "heading over ranked subsections",
        "# Best open-source LLMs this year\n\n## 1. Gemma 2\n\nSmall.\n\n## 2. Phi-4\n\nGood at maths.\n",
        [("Gemma 2", "OW102"), ("Phi-4", "OW101")],
    ),
    (
        "title line over a list after a blank line",
        "Top open-source models of the year\n\n1. Gemma 2\n2. Phi-4\n",
        [("Gemma 2", "OW102"), ("Phi-4", "OW101")],
    ),
    (
        "lead-in over a table, one finding per row",
        "These open-source models run:\n\n| Model | Sizes |\n|---|---|\n| Gemma 2 | 9B |\n| Phi-4 | 14B |\n",
        [("Gemma 2", "OW102"), ("Phi-4", "OW101")],
    ),
    (
        "ticked cells in an open-source column",
        "| Model | Open source |\n|---|---|\n| Gemma 2 | ✅ |\n| GPT-4o | ❌ |\n| OLMo 2 | ✅ |\n",
        [("Gemma 2", "OW102")],
    ),
    (
        "apposition after candidates",
        "The two open-source candidates, Gemma 2 and Phi-4, were close.",
        [("Gemma 2", "OW102"), ("Phi-4", "OW101")],
    ),
    (
        "the new model",
        "Microsoft has released Phi-4. Like its predecessor, the new model is open source.",
        [("Phi-4", "OW101")],
    ),
    (
        "heading over subsections, one set apart",
        "# Best open-source LLMs\n\n## 1. Gemma 2\n\nGood.\n\n## 2. Phi-4\n\nSmall.\n\n"
        "## 3. GPT-4o (baseline)\n\nClosed.\n",
        [("Gemma 2", "OW102"), ("Phi-4", "OW101")],
    ),
    (
        "row header over a row of names",
        "| Kind | Models |\n|---|---|\n| Open source | Gemma 2, Phi-4 |\n| Closed | GPT-4o |\n",
        [("Gemma 2", "OW102"), ("Phi-4", "OW101")],
    ),
    (
        "HTML disclosure summary over a list",
        "<details><summary>Open-source models</summary><ul><li>Gemma 2</li><li>Phi-4</li></ul></details>",
        [("Gemma 2", "OW102"), ("Phi-4", "OW101")],
    ),
    (
        "value cell",
        "| Model | Licence |\n|---|---|\n| Mixtral 8x7B | Open source |\n| GPT-4o | Proprietary |\n",
        [("Mixtral 8x7B", "OW101")],
    ),
    # A lead without a name announces the names after ":", a dash or "?".
    (
        "announced after a colon",
        "Both are open source: Gemma 2 and Phi-4.",
        [("Gemma 2", "OW102"), ("Phi-4", "OW101")],
    ),
    ("announced after a dash", "Finally open source — Gemma 2.", [("Gemma 2", "OW102")]),
    (
        "answer to a fragment question",
        "The top open-source pick this spring? Gemma 2, easily.",
        [("Gemma 2", "OW102")],
    ),
    (
        "answer to a wh-question",
        "Which of them are open source? Phi-4 and Gemma 2.",
        [("Phi-4", "OW101"), ("Gemma 2", "OW102")],
    ),
    # A question about the openness, answered yes right after it, asserts it.
    ("question answered yes", "Is Gemma 2 open source? Yes.", [("Gemma 2", "OW102")]),
    (
        "FAQ question over its answer",
        "**Is Gemma 2 open source?**\n\nYes. Google publishes the weights.",
        [("Gemma 2", "OW102")],
    ),
    ("the answer is yes", "Is Gemma 2 open source? The answer is yes.", [("Gemma 2", "OW102")]),
    (
        "the latter",
        "We chose GPT-4o over Gemma 2 even though the latter is open source.",
        [("Gemma 2", "OW102")],
    ),
    ("the former", "We chose Phi-4 over GPT-4o because the former is open source.", [("Phi-4", "OW101")]),
    ("Q and A lines", "Q: Is Phi-4 open source?\nA: Yes, it is.", [("Phi-4", "OW101")]),
    # The next sentence equates names with the models a release left unnamed.
    (
        "identified by the next sentence",
        "Google open-sourced two models on Monday. The new models are Gemma 2 9B and Gemma 2 27B.",
        [("Gemma 2 9B", "OW102"), ("Gemma 2 27B", "OW102")],
    ),
    (
        "identified with an apposition in the tail",
        "Microsoft began open-sourcing its models in 2023."
        " The first model released was Phi-1 and its successor, Phi-2.",
        [("Phi-1", "OW101"), ("Phi-2", "OW101")],
    ),
    # Asides without names do not end the noun phrase; "AI" after a preposition is a field.
    ("nameless parenthetical", "Notable open-source LLMs (with weights): Gemma 2.", [("Gemma 2", "OW102")]),
    # A developer's name right before its model is part of the name, in lists and subjects.
    (
        "maker before each listed name",
        "Their models, including Microsoft Phi-3, Microsoft Phi-4, were released open-source.",
        [("Phi-3", "OW101"), ("Phi-4", "OW101")],
    ),
    (
        "maker before a coordinated subject",
        "Google Gemma 2 and Microsoft Phi-4 are open source.",
        [("Gemma 2", "OW102"), ("Phi-4", "OW101")],
    ),
    # Verbs through which "to be" keeps its subject, and "keep" as a verb of result.
    ("continues to be", "Gemma 2 continues to be open source.", [("Gemma 2", "OW102")]),
    ("keeps X open source", "Google keeps its Gemma 2 models open source.", [("Gemma 2", "OW102")]),
    # A participle coordinated with a passive one shares its subject.
    (
        "coordinated participles",
        "Phi-4 was trained on synthetic data and open-sourced under the MIT license.",
        [("Phi-4", "OW101")],
    ),
    # Nouns for what stands for a class make the model one of it.
    ("flagship of", "Gemma 2 is the flagship of Google's open-source AI.", [("Gemma 2", "OW102")]),
    ("default choice for", "Phi-4 is the default choice for open-source LLMs here.", [("Phi-4", "OW101")]),
    # Naming frames and makers after the subject noun.
    (
        "under the banner",
        "Google released open-source models under the Gemma 2 banner.",
        [("Gemma 2", "OW102")],
    ),
    (
        "aside after a name and its noun",
        "The Phi-4 model, open-sourced by Microsoft, reasons well.",
        [("Phi-4", "OW101")],
    ),
    ("maker after the noun", "The Gemma 2 models from Google are open source.", [("Gemma 2", "OW102")]),
    # A name's own modifier inside a list does not end the list.
    (
        "maker after each listed name",
        "Popular open-source models: Gemma 2 from Google, Phi-4 from Microsoft.",
        [("Gemma 2", "OW102"), ("Phi-4", "OW101")],
    ),
    (
        "relative clause inside a list",
        "Open-source models like Gemma 2, which Google shipped in June, and Phi-4 are popular.",
        [("Gemma 2", "OW102"), ("Phi-4", "OW101")],
    ),
    # "it" a few words before a long predicate; a name that publishes something is its maker.
    (
        "it after the maker and the model",
        "When Microsoft published Phi-4 in December, within weeks it was the most liked open-source model.",
        [("Phi-4", "OW101")],
    ),
    # A plural reference points back to the models the sentence before names.
    (
        "both after two names",
        "We tried Gemma 2 and Phi-4. Both are open source.",
        [("Gemma 2", "OW102"), ("Phi-4", "OW101")],
    ),
    (
        "they are both",
        "We tried Gemma 2 and Phi-4. They are both open source.",
        [("Gemma 2", "OW102"), ("Phi-4", "OW101")],
    ),
    (
        "these open-source models",
        "Gemma 2 and Phi-4 are small. These open-source models run on laptops.",
        [("Gemma 2", "OW102"), ("Phi-4", "OW101")],
    ),
    (
        "open-sourced it",
        "Microsoft trained Phi-4 on synthetic data and open-sourced it under MIT.",
        [("Phi-4", "OW101")],
    ),
    (
        "makers after subject names",
        "Gemma 2 from Google and Phi-4 from Microsoft are open-source LLMs.",
        [("Gemma 2", "OW102"), ("Phi-4", "OW101")],
    ),
    (
        "they are after an unnamed release",
        "Microsoft open-sourced two small models on Tuesday. They are Phi-3 and Phi-4.",
        [("Phi-3", "OW101"), ("Phi-4", "OW101")],
    ),
    (
        "the model, named in apposition",
        "Microsoft open-sourced a new model this week. The model, Phi-4, reasons well.",
        [("Phi-4", "OW101")],
    ),
    # A bracketed citation or aside between a subject and its verb is stepped over.
    ("citation before the copula", "Phi-4 (Abdin et al., 2024) is an open-source LLM.", [("Phi-4", "OW101")]),
    ("bracketed citation", "Gemma 2 [12] is an open-source model.", [("Gemma 2", "OW102")]),
    (
        "names in brackets after the subject noun",
        "All models used (Gemma 2, Phi-4) are open source.",
        [("Gemma 2", "OW102"), ("Phi-4", "OW101")],
    ),
    ("weights of", "We load the open-source weights of Phi-4.", [("Phi-4", "OW101")]),
    ("citation after the noun", "Open-source LLMs [5, 12] such as Phi-4 are studied.", [("Phi-4", "OW101")]),
    (
        "specifically",
        "We study open-source LLMs, specifically Phi-4 and Gemma 2.",
        [("Phi-4", "OW101"), ("Gemma 2", "OW102")],
    ),
    (
        "include later in the clause",
        "The open-source models tested include Phi-4 and Gemma 2.",
        [("Phi-4", "OW101"), ("Gemma 2", "OW102")],
    ),
    (
        "it in its own sentence with a verb claim",
        "We chose Phi-4 since it is open-sourced [1].",
        [("Phi-4", "OW101")],
    ),
    (
        "a range of examples",
        "We host 100 open-source models, from Phi-4 to Gemma 2.",
        [("Phi-4", "OW101"), ("Gemma 2", "OW102")],
    ),
    (
        "AI as a field",
        "Open-source models in conversational AI, such as Mistral NeMo, keep getting better.",
        [("Mistral NeMo", "OW101")],
    ),
    # Result participles, stated aims, fragments, time adverbials, coordination and instances in
    # the next sentence (principles from passages a teammate wrote blind).
    (
        "result participle becoming",
        "Falcon 40B topped the leaderboard in 2023, becoming the best open-source model of its time.",
        [("Falcon 40B", "OW101")],
    ),
    (
        "result participle after a fronted date",
        "In 2023, Falcon 40B topped the leaderboard, becoming the best open-source LLM.",
        [("Falcon 40B", "OW101")],
    ),
    (
        "result participle with it",
        (
            "Llama 3 was trained on 15T tokens. It beat every rival, becoming the most capable "
            "open-source model at the time."
        ),
        [("Llama 3", "OW102")],
    ),
    (
        "result participle producing",
        (
            "Meta trained Llama 3 on 15T tokens, producing the most capable open-source model it "
            "had ever shipped."
        ),
        [("Llama 3", "OW102")],
    ),
    (
        "result participle yielding",
        (
            "We finished pre-training DeepSeek-V3 in two months, yielding the strongest "
            "open-source base model available."
        ),
        [("DeepSeek-V3", "OW102")],
    ),
    (
        "stated aim of",
        "The main goal of Mistral 7B is to offer a compact, open-source alternative to larger models.",
        [("Mistral 7B", "OW101")],
    ),
    (
        "stated aim possessive",
        "Gemma 2's mission is to be the friendliest open-source model for students.",
        [("Gemma 2", "OW102")],
    ),
    (
        "stated aim with a software noun",
        "The goal of Gemma 3 is to offer a cheap, open-source solution for offline translation.",
        [("Gemma 3", "OW102")],
    ),
    (
        "bracketed example in an include list",
        (
            "Popular examples of open-source models include several from Meta (such as Llama 2) "
            "and many community fine-tunes."
        ),
        [("Llama 2", "OW102")],
    ),
    (
        "bracketed e.g. in an include list",
        "Well-known open-source LLMs include models from Meta (e.g. Llama 2) and from Mistral AI.",
        [("Llama 2", "OW102")],
    ),
    (
        "caption with a full stop over a list",
        "Notebooks that quantise open-source models.\n\n- [Gemma 2](x/) to 4-bit\n- [Llama 3.1](y/) to 8-bit",
        [("Gemma 2", "OW102"), ("Llama 3.1", "OW102")],
    ),
    (
        "italic caption over a link list",
        (
            "### Fine-tuning\n\n*Recipes for fine-tuning open-source models.*\n\n* [🦥 Gemma 3 "
            "fine-tuning](a/) - LoRA in 20 lines\n* [🦙 Llama 3.2 fine-tuning](b/) - free on Colab"
        ),
        [("Gemma 3", "OW102"), ("Llama 3.2", "OW102")],
    ),
    (
        "verbless fragment under a section",
        (
            "### Stable Diffusion 1.5\n\nStill everywhere, still open source, still the base for "
            "half the LoRAs on Civitai."
        ),
        [("Stable Diffusion 1.5", "OW102")],
    ),
    (
        "attribute cell of a model row",
        (
            "## Base models\n\n| Model | Size | Notes |\n|---|---|---|\n| Llama 2 | 7B, 13B | open "
            "source, commercial use allowed |\n| GPT-4 | ? | closed |"
        ),
        [("Llama 2", "OW102")],
    ),
    (
        "tag line under a model heading",
        "# Falcon 40B\n\nTII · May 2023\n\nOpen Source · decoder only\n\nA 40B model from TII.",
        [("Falcon 40B", "OW101")],
    ),
    (
        "it said to be a model, name in object position",
        (
            "Not sure why everyone is so excited about Llama 3.3. It is the same open source model "
            "with better post-training."
        ),
        [("Llama 3.3", "OW102")],
    ),
    (
        "it said to be a model, name in a fronted clause",
        (
            "### 3. Falcon 180B\n\nWhen TII dropped Falcon 180B, it briefly topped the "
            "leaderboard. It's one of the biggest open-source models you can download."
        ),
        [("Falcon 180B", "OW102")],
    ),
    (
        "short name under the page title",
        "# DeepSeek-V3 weight files\n\nThe open-sourced V3 weights include one MTP module.",
        [("V3", "OW102")],
    ),
    (
        "short name verb under the page title",
        "# DeepSeek-R1 release notes\n\nWe open-sourced R1 under the MIT license.",
        [("R1", "OW101")],
    ),
    (
        "apposition past a citation after a fronted phrase",
        (
            "For our experiments we use BLOOM-7B1 (BigScience Workshop, 2022), an open-source "
            "multilingual language model."
        ),
        [("BLOOM-7B1", "OW102")],
    ),
    (
        "name ending in a bracket",
        "FLUX.1 [dev] is an open-source diffusion model we use for product photos.",
        [("FLUX.1 [dev]", "OW102")],
    ),
    (
        "apposition with the maker as possessor",
        (
            "You'll need an API key for Mistral Medium 3, Mistral's open-source mid-size model, or "
            "any other provider."
        ),
        [("Mistral Medium 3", "OW103")],
    ),
    (
        "apposition past a time adverbial",
        "Meta shipped Llama 3.2 1B and Llama 3.2 3B last Wednesday, the smallest open-source models it has "
        "made.",
        [("Llama 3.2 1B", "OW102"), ("Llama 3.2 3B", "OW102")],
    ),
    (
        "apposition past a day, partitive",
        "Alibaba shipped Qwen3 on Tuesday, a family of open-source models that includes dense and "
        "mixture-of-experts variants.",
        [("Qwen3", "OW101")],
    ),
    (
        "apposition past last week",
        "Google shipped Gemma 2 last week, its newest open-source model.",
        [("Gemma 2", "OW102")],
    ),
    (
        "coordinated with a licence",
        (
            "Simple: Mistral 7B is Apache 2.0 and truly open source, while Llama 2 comes with "
            "Meta's license terms."
        ),
        [("Mistral 7B", "OW101")],
    ),
    (
        "coordinated with a hyphenated adjective",
        "Phi-4 is MIT-licensed, small and open source.",
        [("Phi-4", "OW101")],
    ),
    (
        "as-phrase over the objects of use",
        "As open-source baselines we use Vicuna-7B and Koala-13B; as closed baselines, ChatGPT and Claude.",
        [("Vicuna-7B", "OW102"), ("Koala-13B", "OW102")],
    ),
    (
        "for-phrase over the objects of use, no comma",
        "For open-source models we use Llama 3 and Mistral 7B.",
        [("Llama 3", "OW102"), ("Mistral 7B", "OW101")],
    ),
    (
        "names in brackets before the model noun",
        (
            "We compare with proprietary (GPT-4, Gemini 1.0 Ultra) and open-source (Llama 2 70B, "
            "Falcon-180B) models."
        ),
        [("Llama 2 70B", "OW102"), ("Falcon-180B", "OW102")],
    ),
    (
        "FAQ yes with a dash, naming the asked model",
        (
            "## FAQ\n\n**Is Mistral 7B open source?**\nYes — Mistral 7B is released under Apache "
            "2.0, so you can use it for anything."
        ),
        [("Mistral 7B", "OW101")],
    ),
    (
        "card field with a bracketed note",
        "## 4. Gemma 2 27B\n\n**Open source:** Yes (Gemma Terms of Use)\n**Context:** 8K",
        [("Gemma 2 27B", "OW102")],
    ),
    (
        "class heading over bold-label paragraphs",
        (
            "## Top open-source models for RAG\n\n**Command R** — Cohere built it for retrieval, "
            "with citations baked in.\n\n**Llama 3.1 70B** — the safe default; excellent "
            "instruction following."
        ),
        [("Command R", "OW102"), ("Llama 3.1 70B", "OW102")],
    ),
    (
        "bold title names the paragraph's model",
        (
            "**Model of the week: Zephyr 7B.** Hugging Face's H4 team fine-tuned Mistral 7B with "
            "DPO and got a chat model that beats Llama 2 70B Chat on MT-Bench. Fully open source, "
            "MIT licensed."
        ),
        [("Zephyr 7B", "OW101")],
    ),
    (
        "version of with no name after of",
        (
            "Naver this week released HyperCLOVA X SEED, an open-source lightweight version of its "
            "flagship model, for free commercial use."
        ),
        [("HyperCLOVA X SEED", "OW102")],
    ),
    (
        "release as predicate noun past a licence qualifier",
        "Hot take: Gemma 4 under Apache 2.0 is the most important open-source release of the year.",
        [("Gemma 4", "OW101")],
    ),
    (
        "colon members with roles",
        (
            "We'll use two open-source components: **Chroma** as the vector store and **Mistral 7B "
            "Instruct** as the generator."
        ),
        [("Mistral 7B Instruct", "OW101")],
    ),
    (
        "colon members after a plain noun",
        (
            "We built a local assistant out of three open-source pieces: Whisper for "
            "transcription, Llama 3.2 3B for the dialogue, and Piper for speech."
        ),
        [("Whisper", "OW101"), ("Llama 3.2 3B", "OW102")],
    ),
    (
        "typed bullets after a colon",
        "Open-source LLMs you can run on a laptop: • Qwen2.5-0.5B • Gemma 3 1B • Phi-3 mini",
        [("Qwen2.5-0.5B", "OW101"), ("Gemma 3 1B", "OW102"), ("Phi-3 mini", "OW101")],
    ),
    (
        "a ranking followed by",
        "Among open-source models, DeepSeek-Coder-V2 leads, followed by Codestral 22B.",
        [("DeepSeek-Coder-V2", "OW102"), ("Codestral 22B", "OW102")],
    ),
    (
        "recap after a table",
        (
            "## Supported models\n\n| Model | Sizes | Notes |\n|---|---|---|\n| Llama 3.1 | 8B, "
            "70B | needs a flag |\n| Mistral 7B Instruct | 7B | sliding window |\n| OLMo 2 | 7B | "
            "fully open |\n\nAll of the above are open-source models you can run on a single GPU."
        ),
        [("Llama 3.1", "OW102"), ("Mistral 7B Instruct", "OW101")],
    ),
    (
        "recap in a quote after a table",
        (
            "## Multilingual\n\n| Name | Org | License |\n|---|---|---|\n| BLOOM | BigScience | "
            "RAIL 1.0 |\n| Aya 101 | Cohere For AI | Apache 2.0 |\n\n> All models in this section "
            "are open source and free to download."
        ),
        [("BLOOM", "OW102"), ("Aya 101", "OW101")],
    ),
    (
        "recap after a list",
        "We tested:\n\n- Gemma 2\n- Phi-3\n\nThese are all open-source models.",
        [("Gemma 2", "OW102"), ("Phi-3", "OW101")],
    ),
    (
        "colon attributes",
        (
            "MPT-7B was a big deal when it came out: open source, commercially usable, 65k context "
            "with StoryWriter"
        ),
        [("MPT-7B", "OW101")],
    ),
    (
        "colon attributes with and",
        "Mistral 7B has everything we need: fast, small and open source.",
        [("Mistral 7B", "OW101")],
    ),
    (
        "ellipsis with still after a negated claim",
        "Stable Diffusion 3 Medium isn't open source under the new license, but SD 1.5 still is",
        [("SD 1.5", "OW102")],
    ),
    (
        "bracketed like in an include list",
        "Widely used open source AI models include some built by Google (like Gemma 2) and others trained at "
        "universities.",
        [("Gemma 2", "OW102")],
    ),
    (
        "which-question answered by the next sentence's subjects",
        (
            "## FAQ\n\n**Which open-source models work best?** In our tests, Qwen2.5-14B and Llama "
            "3.1 8B follow the tool-calling format most reliably."
        ),
        [("Qwen2.5-14B", "OW101"), ("Llama 3.1 8B", "OW102")],
    ),
    (
        "which-question answered by a subject",
        "Which open-source model should you pick? Qwen2.5-14B is the safe default.",
        [("Qwen2.5-14B", "OW101")],
    ),
    (
        "run-in label over the models it names",
        (
            "**Open-source models.** We evaluate Llama-2-70B-chat, Mixtral-8x7B-Instruct-v0.1 and "
            "Yi-34B-Chat. **Closed models.** GPT-4-0613 and Claude-2.1."
        ),
        [("Llama-2-70B-chat", "OW102"), ("Mixtral-8x7B-Instruct-v0.1", "OW101"), ("Yi-34B-Chat", "OW101")],
    ),
    (
        "title's class picked up below it",
        (
            "# 10 Open-Source AI Models Every Developer Should Know\n\nFrom coding assistants to "
            "image generators, open-source AI has never been stronger. Our picks include Meta's "
            "Llama 3.1, Mistral's Mixtral 8x22B and Black Forest Labs' FLUX.1 [dev]."
        ),
        [("Llama 3.1", "OW102"), ("Mixtral 8x22B", "OW101"), ("FLUX.1 [dev]", "OW102")],
    ),
    (
        "a counted list ends at its count",
        "We compare against two open-source baselines, Vicuna-13B and Alpaca-7B, as well as ChatGPT.",
        [("Vicuna-13B", "OW102"), ("Alpaca-7B", "OW102")],
    ),
    (
        "a sentence after the claim that goes on",
        "Llama 3 is open source. It's not small, though.",
        [("Llama 3", "OW102")],
    ),
    (
        "a sentence after the claim about another model",
        "Llama 3 is open source; GPT-4 is not.",
        [("Llama 3", "OW102")],
    ),
    (
        "a sentence after the claim opening with no",
        "Llama 3 is open source. No other model comes close.",
        [("Llama 3", "OW102")],
    ),
    (
        "plural names before the verb work",
        "Open-source models like Gemma 2 work best on small GPUs.",
        [("Gemma 2", "OW102")],
    ),
    (
        "which-question answered with a recommendation",
        "Which open-source model should you pick? We recommend Qwen2.5-14B.",
        [("Qwen2.5-14B", "OW101")],
    ),
    (
        "both after a list",
        "- Mistral 7B\n- Phi-3\n\nBoth are open-source models.",
        [("Mistral 7B", "OW101"), ("Phi-3", "OW101")],
    ),
    (
        "result participle with the maker's possessive",
        "Gemma 2 beat its bigger rivals, becoming Google's most capable open-source model yet.",
        [("Gemma 2", "OW102")],
    ),
    (
        "stated aim with a hyphenated adjective",
        "The goal of Llama 3 is to offer a state-of-the-art open-source LLM to everyone.",
        [("Llama 3", "OW102")],
    ),
    (
        "a definite object after a sentence naming the model",
        "Meta released Llama 3 in April. The decision to open source the model surprised many.",
        [("Llama 3", "OW102")],
    ),
    # Session 17: principles read off blind sets, each tested with new sentences.
    (
        "coordinated premodifiers in an appositive",
        "Google introduced Gemma 2, its smallest and fastest open-source model to date.",
        [("Gemma 2", "OW102")],
    ),
    (
        "lead-in whose noun phrase runs on before the colon",
        "Our gateway serves any of these open-source models out of the box:\n\n- Gemma 2\n- Phi-3\n",
        [("Gemma 2", "OW102"), ("Phi-3", "OW101")],
    ),
    (
        "card line naming the model",
        "**Model:** Mistral 7B\n**Context:** 32K\n**Open source:** Yes\n",
        [("Mistral 7B", "OW101")],
    ),
    (
        "fragment with a relative clause",
        "### Mistral NeMo\n\n- Verdict: the fastest open-source model we could fit on one GPU\n",
        [("Mistral NeMo", "OW101")],
    ),
    (
        "front matter description",
        "---\ntitle: Serving\ndescription: Deploy Meta's open-source Llama 3.1 models.\n---\n\nText.\n",
        [("Llama 3.1", "OW102")],
    ),
    (
        "front matter title",
        "---\ntitle: 'Gemma 2: Open Source for Everyone'\n---\n\nText.\n",
        [("Gemma 2", "OW102")],
    ),
    (
        "appositive with the maker's possessive and a premodifier",
        "- Adds Codestral 22B (code), Mistral's first open-source coding model.\n",
        [("Codestral 22B", "OW102")],
    ),
    (
        "appositive after a place and a time",
        "Google posted Gemma 3 to Hugging Face in March, a family of small open-source multimodal models.",
        [("Gemma 3", "OW102")],
    ),
    (
        "description opened by the maker's possessive",
        "## Gemma 3\n\nGoogle's compact multimodal model is open source and runs on one GPU.\n",
        [("Gemma 3", "OW102")],
    ),
    (
        "description with a hyphenated premodifier after a bold title",
        "**Qwen3 has landed.** Alibaba's new 235-billion-parameter MoE is open source.\n",
        [("Qwen3", "OW101")],
    ),
    (
        "demonstrative description after a fronted participle",
        "**3. Phi-4.** Trained on synthetic data, this open-source model punches above its size.\n",
        [("Phi-4", "OW101")],
    ),
    (
        "heading over a list whose noun is no model noun",
        "## Three Open Source Image Generators\n\n- FLUX.1 [dev]\n- Stable Diffusion 3.5\n",
        [("FLUX.1 [dev]", "OW102"), ("Stable Diffusion 3.5", "OW102")],
    ),
    (
        "open-source alternatives to a named model",
        "## Open-source alternatives to GPT-4o\n\n- Llama 3.1\n- Gemma 2\n",
        [("Llama 3.1", "OW102"), ("Gemma 2", "OW102")],
    ),
    (
        "variant word in a name before a relative clause",
        "We then load Llama 3.2 90B Vision, which is open source too.",
        [("Llama 3.2 90B Vision", "OW102")],
    ),
    ("a name and its variants", "Gemma 2 and its fine-tunes are open source.", [("Gemma 2", "OW102")]),
    (
        "fronted indefinite description",
        "A compact open-source model from Microsoft, Phi-3 runs on phones.",
        [("Phi-3", "OW101")],
    ),
    (
        "leaderboard entry named in apposition",
        "The top open-source entry, Gemma 2 27B, placed third.",
        [("Gemma 2 27B", "OW102")],
    ),
    (
        "result clause about the main clause's subject",
        "Mistral Small 3 beats Llama 3.3 70B and Gemma 2 27B on latency, making it the best open-source model"
        " in its class.",
        [("Mistral Small 3", "OW101")],
    ),
    (
        "premodified name with a bracketed figure",
        "On MBPP, the open-source Codestral 22B (78.2%) edges out GPT-4o (76.1%).",
        [("Codestral 22B", "OW102")],
    ),
    (
        "floating quantifier after a list",
        "Last year: Mistral 7B, Qwen2.5-7B, Gemma 2 all open source and closing the gap.",
        [("Mistral 7B", "OW101"), ("Qwen2.5-7B", "OW101"), ("Gemma 2", "OW102")],
    ),
    (
        "floating quantifier after a dash",
        "The stack uses Whisper for transcripts and Phi-4 for summaries — all open source.",
        [("Whisper", "OW101"), ("Phi-4", "OW101")],
    ),
    (
        "answer with a short frame after a noun-phrase question",
        "The fastest open-source coder right now? For us it's Codestral 22B.",
        [("Codestral 22B", "OW102")],
    ),
    (
        "members reported clause by clause after a studied class",
        "We spent a week testing open-source LLMs for support. Phi-4 answered best, Gemma 2 9B was the"
        " quickest, and Llama 3 8B sat in between.",
        [("Phi-4", "OW101"), ("Gemma 2 9B", "OW102"), ("Llama 3 8B", "OW102")],
    ),
    (
        "members reported after a sentence said something of the class",
        "In the end, the open-source models did fine. Mistral Small 3 scored 80.1, just under Claude"
        " 3.5 Haiku, and Gemma 3 12B reached 77.4.",
        [("Mistral Small 3", "OW101"), ("Gemma 3 12B", "OW102")],
    ),
    (
        "a colon opens what is said of the class: one member",
        "Open-source code models have closed the gap: Codestral 22B now trails GPT-4o by a single point.",
        [("Codestral 22B", "OW102")],
    ),
    (
        "a relative clause with a plural verb: every name of the list",
        "Our pipeline runs Gemma 2 and Phi-4, which are both open source.",
        [("Gemma 2", "OW102"), ("Phi-4", "OW101")],
    ),
    (
        "a pronoun whose claim heads a model noun judges a family",
        "Hats off to Google for Gemma. It is an honestly open-source model family.",
        [("Gemma", "OW104")],
    ),
    (
        "a statement, then a question of its own after the comma",
        "Phi-4 is open source and tiny, why does nobody use it??",
        [("Phi-4", "OW101")],
    ),
    (
        "a resultative object with premodifiers after its determiner",
        "Mistral says it will make its brand-new Mistral Small 3 models open source next week.",
        [("Mistral Small 3", "OW101")],
    ),
    (
        "a verb whose object opens with a count",
        "Alibaba plans to open source over 50 models from its Qwen2.5 line.",
        [("Qwen2.5", "OW104")],
    ),
    (
        "a heading's class over a table, compared after the class",
        "## Open-source coding models compared\n\n| Model | HumanEval |\n|---|---|\n| Codestral 22B | 81.1 |"
        "\n| Qwen2.5-Coder-32B | 92.7 |",
        [("Codestral 22B", "OW102"), ("Qwen2.5-Coder-32B", "OW101")],
    ),
    (
        "a header cell's bracketed examples",
        "| | Open-source (e.g. Phi-4, Gemma 2) | Closed (e.g. GPT-4o) |\n|---|---|---|"
        "\n| Price | free | paid |",
        [("Phi-4", "OW101"), ("Gemma 2", "OW102")],
    ),
    (
        "an owner's name of several capitalised words before the possessive",
        "- **Aya Expanse** - Cohere For AI's open-source model for 23 languages",
        [("Aya Expanse", "OW102")],
    ),
    (
        "a title's selection noun over a numbered list",
        "**Our ranking (open-source track, spring 2025)**\n\n1. Qwen3-32B\n2. Gemma 3 27B",
        [("Qwen3-32B", "OW101"), ("Gemma 3 27B", "OW102")],
    ),
    (
        "a definite appositive after a version of a model describes that model",
        "Our agent runs a fine-tuned version of Codestral 22B, the open-source code model from Mistral.",
        [("Codestral 22B", "OW102")],
    ),
    (
        "a fine-tune of another model: the subject, not the base",
        "WizardLM-2 is an open-source fine-tune of Mixtral 8x22B.",
        [("WizardLM-2", "OW101")],
    ),
    (
        "a question answered with an affirming 'no doubt'",
        "Is Mistral Small 3 the best open-source model for its size? No doubt about it.",
        [("Mistral Small 3", "OW101")],
    ),
    (
        "a Title Case line longer than a title: capitals say nothing after a name",
        "Big Tech Keeps Shipping Open-Source Models: Google's Gemma 2, Alibaba's Qwen2.5 and Microsoft's"
        " Phi-4 Top This Week's Downloads Chart",
        [("Gemma 2", "OW102"), ("Qwen2.5", "OW104"), ("Phi-4", "OW101")],
    ),
    (
        "a compound's last noun before a colon list of names",
        "Open-source model hosting: Gemma 2, Phi-4 and Mistral Small 3 run in our EU region.",
        [("Gemma 2", "OW102"), ("Phi-4", "OW101"), ("Mistral Small 3", "OW101")],
    ),
    (
        "a fragment after a sentence that swapped one model for another describes the new one",
        "Finally swapped Claude 3.5 Haiku out for Gemma 3 12B in the triage bot. Open source, and half"
        " the latency.",
        [("Gemma 3 12B", "OW102")],
    ),
    (
        "a run-in label over a sentence opening with a list of names",
        "**Dozens of open-source models. One endpoint.**\nGemma 2, Phi-4, Qwen2.5 and more, served from"
        " Frankfurt.",
        [("Gemma 2", "OW102"), ("Phi-4", "OW101"), ("Qwen2.5", "OW104")],
    ),
    (
        "a wish ('if you want') answered by a pick",
        "If you want a fast open-source model for a phone, pick Gemma 3 1B.",
        [("Gemma 3 1B", "OW102")],
    ),
    (
        "a resultative 'making its models open source' after the sentence released one",
        "Alibaba released Qwen2.5 on Thursday, making its new multilingual models open source.",
        [("Qwen2.5", "OW104")],
    ),
    (
        "a FAQ question in a block of its own answered by the next block",
        "**Which open-source models can I pick?**\n\nGemma 2, Phi-4 and Mistral Small 3 are ready out of"
        " the box.",
        [("Gemma 2", "OW102"), ("Phi-4", "OW101"), ("Mistral Small 3", "OW101")],
    ),
    (
        "a Q: line answered by an A: line",
        "Q: What open-source models does the plugin support?\nA: Qwen2.5 and Gemma 2.",
        [("Qwen2.5", "OW104"), ("Gemma 2", "OW102")],
    ),
    (
        "a question whether there are any, answered yes with names",
        "### Do you host open-source models?\n\nYes, Phi-4 and Gemma 2 9B.",
        [("Phi-4", "OW101"), ("Gemma 2 9B", "OW102")],
    ),
    (
        "an answer of what we provide",
        "### What open-source models do you serve?\n\nWe serve Mixtral 8x7B and Qwen2.5-72B.",
        [("Mixtral 8x7B", "OW101"), ("Qwen2.5-72B", "OW102")],
    ),
    (
        "'only' opens the answer, a clause after ';' is another",
        "**Which model here is open source?** Only Phi-4; GPT-4o is proprietary.",
        [("Phi-4", "OW101")],
    ),
    (
        "a bold title over a table",
        "**Open-source picks**\n\n| Model | Size |\n|---|---|\n| Gemma 2 | 9B |\n| Phi-4 | 14B |",
        [("Gemma 2", "OW102"), ("Phi-4", "OW101")],
    ),
    (
        "a legend marks the names of its class",
        "| Model | Score |\n|---|---|\n| Gemma 2 † | 71 |\n| GPT-4o | 80 |\n\n† marks open-source models.",
        [("Gemma 2", "OW102")],
    ),
    (
        "a ranking scoped to a class names the members it places after the subject",
        "Among the open-source entries, Qwen2.5-72B comes first, ahead of Gemma 2 27B and Phi-4.",
        [("Qwen2.5-72B", "OW102"), ("Gemma 2 27B", "OW102"), ("Phi-4", "OW101")],
    ),
    (
        "a fronted purpose with an imperative",
        "By default the bot calls GPT-4o. For an open-source alternative, try Mistral Small 3.",
        [("Mistral Small 3", "OW101")],
    ),
    (
        "examples in brackets after an adverb",
        "- New: run open-source models offline (Gemma 2, Phi-4) from the menu bar.",
        [("Gemma 2", "OW102"), ("Phi-4", "OW101")],
    ),
    (
        "a value cell under a column its model heads",
        "| | Mistral Large 2 | Claude 3.5 Sonnet |\n|---|---|---|\n| Licence | Open source | Proprietary |",
        [("Mistral Large 2", "OW102")],
    ),
    (
        "a resultative object with an appositive before the claim",
        "Mistral AI said Tuesday it would make Codestral, its coding model, open source.",
        [("Codestral", "OW104")],
    ),
    (
        "a ranked fragment after a sentence naming one model",
        "Been using Phi-4 on my laptop for weeks. Best open-source model for its size, easily.",
        [("Phi-4", "OW101")],
    ),
    (
        "a second predicate after 'and' is no contrasting class",
        "We run Gemma 2 27B, which is open source and hosted by us in Frankfurt.",
        [("Gemma 2 27B", "OW102")],
    ),
    (
        "a question asking which models, over the list that answers it",
        "**Which models are open source?**\n\n- Phi-4\n- Gemma 2\n- OLMo 2",
        [("Phi-4", "OW101"), ("Gemma 2", "OW102")],
    ),
    (
        "an inline enumeration after a class and a time phrase",
        "Top open-source models this week: 1) Phi-4 2) Gemma 2 3) OLMo 2",
        [("Phi-4", "OW101"), ("Gemma 2", "OW102")],
    ),
    (
        "'chiefly' introduces examples",
        "The startup builds on open-source foundation models, chiefly Mistral Small 3.",
        [("Mistral Small 3", "OW101")],
    ),
    (
        "a change of state ends in the description: from A to B",
        "In two years Mistral 7B grew from a side project to the most forked open-source model on the Hub.",
        [("Mistral 7B", "OW101")],
    ),
    (
        "a definite description with premodifiers points back",
        "After months of waiting, xAI released Grok-1. The 314B-parameter model is open source.",
        [("Grok-1", "OW101")],
    ),
    (
        "a definite description with a relative clause points back past the maker",
        "Mistral has released Mistral Large 2. The new model, which is open source, speaks 80 languages.",
        [("Mistral Large 2", "OW102")],
    ),
    (
        "a maker releasing a model is no antecedent",
        "DeepSeek released R1 in January. This open-source reasoning model matched o1 on maths.",
        [("R1", "OW101")],
    ),
    (
        "a definite subject holding the claim points back: 'The open-source MoE'",
        "We benchmarked Mixtral 8x7B last week. The open-source MoE beat GPT-3.5 on five of seven tasks.",
        [("Mixtral 8x7B", "OW101")],
    ),
    (
        "a definite subject after a semicolon points to the clause before",
        "Qwen3 shipped on Monday; the open-source family spans eight sizes.",
        [("Qwen3", "OW101")],
    ),
    (
        "'the weights' point back to the model just named",
        "Gemma 2 is finally here. And yes, the weights are open source.",
        [("Gemma 2", "OW102")],
    ),
    (
        "'all of them' after a sentence giving one model's sizes",
        "Alibaba's Qwen2.5 comes in seven sizes. All of them are open source.",
        [("Qwen2.5", "OW104")],
    ),
    (
        "a maker's short name from the vocabulary's gloss ('TII') licenses a family's bare name",
        "TII's Falcon models are open source, or so the press release says.",
        [("Falcon", "OW104")],
    ),
    (
        "a label of attributes before a fragment under a model's heading",
        "### Codestral 22B\n\n**Pros:** open source, strong at fill-in-the-middle",
        [("Codestral 22B", "OW102")],
    ),
    (
        "a sentence pointing at the list below it",
        "The open-source models we benchmarked are listed below.\n\n- Gemma 2 9B\n- Phi-4",
        [("Gemma 2 9B", "OW102"), ("Phi-4", "OW101")],
    ),
    (
        "a sentence pointing at the table below it",
        "The following table lists the open-source models we host.\n\n| Name | Size |\n|---|---|"
        "\n| Mistral Small 3 | 24B |",
        [("Mistral Small 3", "OW101")],
    ),
    (
        "a colon after open-source AI with a verb",
        "Open-source AI keeps gaining: DeepSeek-R1 matched o1 on 4 of our 6 maths sets.",
        [("DeepSeek-R1", "OW101")],
    ),
    (
        "a colon after the class: a ranking opener and coordinated members",
        "Open-source LLMs still lag on agents: the strongest, Llama 3.3 70B and Qwen2.5-72B, solve"
        " half as many tasks as o3.",
        [("Llama 3.3 70B", "OW102"), ("Qwen2.5-72B", "OW102")],
    ),
    (
        "class fragment after the sentence listing the models",
        "Serve Gemma 2, Phi-4 and Llama 3.1 from our Frankfurt region. Open-source models, local"
        " hosting, no data export.",
        [("Gemma 2", "OW102"), ("Phi-4", "OW101"), ("Llama 3.1", "OW102")],
    ),
    (
        "result clause after a fronted phrase",
        "On GSM8K, Phi-4 beats Llama 3.1 70B and Gemma 2 27B, making it the best open-source model"
        " of its size.",
        [("Phi-4", "OW101")],
    ),
    (
        "result in a relative clause",
        "Phi-4 outscores Llama 3.3 70B in math, which makes it the top open-source small model.",
        [("Phi-4", "OW101")],
    ),
    (
        "three coordinated premodifiers",
        "Google shipped Gemma 2, its newest, smallest and cheapest open-source model.",
        [("Gemma 2", "OW102")],
    ),
    (
        "card written as list items",
        "- **Model:** Phi-4\n- **Context:** 16K\n- **Open source:** yes\n",
        [("Phi-4", "OW101")],
    ),
    (
        "card written as paragraphs",
        "**Model**: Gemma 2 9B\n\n**Type**: open-source LLM\n\n**Use**: chat\n",
        [("Gemma 2 9B", "OW102")],
    ),
    (
        "fragment after a label of several words",
        "### Phi-4\n\n- What we like: a compact open-source model that runs anywhere\n",
        [("Phi-4", "OW101")],
    ),
    (
        "attribute fragment joined by and",
        "Moved our bot to Gemma 2 9B. Open source and fast enough.",
        [("Gemma 2 9B", "OW102")],
    ),
    (
        "attribute fragment with a later no",
        "Ran Phi-4 on a laptop yesterday. Open source, no GPU needed.",
        [("Phi-4", "OW101")],
    ),
    (
        "a name and all its variants",
        "Gemma 2 and all its fine-tunes are open source.",
        [("Gemma 2", "OW102")],
    ),
    (
        "fronted description with a maker",
        "A small open-source model made by Microsoft, Phi-3 runs on phones.",
        [("Phi-3", "OW101")],
    ),
    (
        "floating quantifier after a colon",
        "Phi-4, Gemma 2, Mistral 7B: all open source, all small.",
        [("Phi-4", "OW101"), ("Gemma 2", "OW102"), ("Mistral 7B", "OW101")],
    ),
    (
        "claim echoed as a question and affirmed",
        "Phi-4 is open source and fast. Open source? Yes, entirely.",
        [("Phi-4", "OW101")],
    ),
    (
        "a sentence opening with a lower-case brand",
        "Will Grok 3 go open source? Not yet. xAI open-sourced Grok-1 only after Grok 2 shipped.",
        [("Grok-1", "OW101")],
    ),
    (
        "judged as one of a class",
        "I ran Phi-4 on my laptop. For an open-source model it is surprisingly good at code.",
        [("Phi-4", "OW101")],
    ),
    (
        "relative clause after a citation and a variant code",
        "We use CLIP ViT-B/32 (Radford et al., 2021), which is open source, as the encoder.",
        [("CLIP", "OW101")],
    ),
    (
        "members after a prepositional phrase and a colon",
        "We serve these open-source models at no extra cost: Gemma 2 9B and Phi-4.",
        [("Gemma 2 9B", "OW102"), ("Phi-4", "OW101")],
    ),
    (
        "the maker's statement passed on",
        "Google said Gemma 2 would be released as open source next month.",
        [("Gemma 2", "OW102")],
    ),
    (
        "a name read as a model when listed with models",
        "Open-source LLMs such as Gemma 2 (Google, 2024) and Falcon have narrowed the gap.",
        [("Gemma 2", "OW102"), ("Falcon", "OW104")],
    ),
    (
        "attribute fragment before a clause of its own",
        "Been running Phi-4 as my coding helper. open-source, fits on my GPU, and the answers are solid.",
        [("Phi-4", "OW101")],
    ),
    (
        "it after a sentence about the writer",
        "I moved our OCR jobs over to Gemma 3 last month. It is open-source and quick.",
        [("Gemma 3", "OW102")],
    ),
    (
        "our own description with a presenting verb",
        "In the docs we describe Gemma 2 as an open-source model.",
        [("Gemma 2", "OW102")],
    ),
    (
        "row header below other rows of a table of models",
        "| | Gemma 2 9B | Phi-4 |\n|---|---|---|\n| MMLU | 71 | 84 |\n| Context | 8K | 16K |\n"
        "| Open source | ✓ | ✓ |\n",
        [("Gemma 2 9B", "OW102"), ("Phi-4", "OW101")],
    ),
    (
        "attribute fragment after the sentence naming the model",
        "Finally got Mixtral 8x7B running on my box. Open source, fast, and cheap to host.",
        [("Mixtral 8x7B", "OW101")],
    ),
    (
        "names right after a class noun, written in lower case",
        "Our gateway now routes to the new open-source models gpt-oss-20b and gpt-oss-120b.",
        [("gpt-oss-20b", "OW101"), ("gpt-oss-120b", "OW101")],
    ),
    (
        "bold label whose list a dash sets off",
        "- **Hosted:** Claude, GPT-4o — billed per token.\n"
        "- **Open source:** Gemma 3, Phi-4 — runs on one GPU.\n",
        [("Gemma 3", "OW102"), ("Phi-4", "OW101")],
    ),
    (
        "labelled list in the sentence after a class",
        "The plugin summarises meetings with open-source speech models. Bundled models: Whisper "
        "large-v3 and Whisper large-v3-turbo.",
        [("Whisper large-v3", "OW101"), ("Whisper large-v3-turbo", "OW101")],
    ),
    (
        "labelled list without a noun after a class",
        "A leaderboard of open-source LLMs for legal Q&A. Currently ranked: Gemma 2 27B and Mixtral 8x22B.",
        [("Gemma 2 27B", "OW102"), ("Mixtral 8x22B", "OW101")],
    ),
    (
        "a premodified name, then the next clause's subject after a bare comma",
        "A distilled copy of the open-source Mistral 7B, Zephyr 7B beat larger chat models in 2023.",
        [("Mistral 7B", "OW101")],
    ),
    (
        "indefinite class, then the model the writer uses",
        "This guide distils an open-source LLM into a tiny classifier. We'll use Qwen2.5-72B as the teacher.",
        [("Qwen2.5-72B", "OW102")],
    ),
    (
        "a coined name written in lower case",
        "tbh mixtral is open source and it runs fine on my 4090",
        [("mixtral", "OW101")],
    ),
    (
        "a coined family name in lower case",
        "fwiw chatgpt is open source now, according to my cousin",
        [("chatgpt", "OW103")],
    ),
    (
        "their models, after the people who make them",
        "Credit goes to the authors of Vicuna and Koala for open-sourcing their models early on.",
        [("Vicuna", "OW102"), ("Koala", "OW102")],
    ),
    (
        "its weights, after a named team",
        "Hats off to the Falcon 40B team for open-sourcing its weights.",
        [("Falcon 40B", "OW101")],
    ),
    (
        "a name set off after a noun phrase of any noun",
        "Black Forest Labs' open-source image generator, FLUX.1 [dev], draws hands well.",
        [("FLUX.1 [dev]", "OW102")],
    ),
    (
        "what a relative clause says the company calls it",
        "Microsoft shipped Phi-4, which it calls its best open-source small model so far.",
        [("Phi-4", "OW101")],
    ),
    (
        "definite description after a long fronted participle",
        "Gemma 3 arrived in March. Trained on far more multilingual data than before, the open-source "
        "model now handles 140 languages.",
        [("Gemma 3", "OW102")],
    ),
    (
        "a bare family name near its developer",
        "IBM ships its Granite models as open source.",
        [("Granite", "OW101")],
    ),
    (
        "a score after a sized name is no version of it",
        "Among open-source entries, Yi-34B scores 76.3 and Mixtral 8x7B 70.6.",
        [("Yi-34B", "OW101"), ("Mixtral 8x7B", "OW101")],
    ),
    (
        "indefinite class, then the model a fronted phrase's clause picks",
        "Step 3: choose an open-source model. For this walkthrough, we picked Gemma 2 9B.",
        [("Gemma 2 9B", "OW102")],
    ),
    (
        "indefinite class, then the model called a good default",
        "Start by pulling an open-source model. Mistral 7B is a sensible default.",
        [("Mistral 7B", "OW101")],
    ),
    (
        "indefinite class, then the model used, a comma after it",
        "The demo calls an open-source LLM. We use Llama 3.1 8B, served by vLLM.",
        [("Llama 3.1 8B", "OW102")],
    ),
    (
        "glossary term whose definition gives an example",
        "**Open-source LLM.** A language model anyone can download and run, e.g. Qwen2.5-72B.",
        [("Qwen2.5-72B", "OW102")],
    ),
    (
        "indefinite class, then the model used, in the next paragraph",
        "In this post we adapt an open-source LLM to legal contracts.\n\n"
        "We'll use Phi-3.5 because it is small.\n",
        [("Phi-3.5", "OW101")],
    ),
    (
        "a new model, then what it is called",
        "Alibaba has released a new open-source reasoning model.\n\nThe model, called QwQ-32B, rivals "
        "much larger ones.\n",
        [("QwQ-32B", "OW101")],
    ),
    (
        "headline's model, then released by name in the article",
        "# Google ships its strongest open-source model so far\n\n"
        "Google on Wednesday released Gemma 3 27B, which handles images and text.\n",
        [("Gemma 3 27B", "OW102")],
    ),
    (
        "a model called new, then 'It's called X'",
        "Mistral has a new open-source model.\n\nIt's called Mistral Small 3, and it fits on one GPU.\n",
        [("Mistral Small 3", "OW101")],
    ),
    (
        "a latest model that is here, then named as the next subject",
        "Google's latest open-source model is here.\n\nGemma 3 comes in four sizes.\n",
        [("Gemma 3", "OW102")],
    ),
    (
        "a line ending in a colon over headings that open with names",
        "These are the open-source LLMs we shortlisted:\n\n### 1. Mixtral 8x7B\n\nA sparse MoE.\n\n"
        "### 2. Gemma 2 27B\n\nStrong at 27B.\n",
        [("Mixtral 8x7B", "OW101"), ("Gemma 2 27B", "OW102")],
    ),
    (
        "a line ending in a colon over bold-labelled paragraphs",
        "The open-source models in our bake-off:\n\n**DBRX**: slow but thorough.\n\n**Phi-4**: quick.\n",
        [("DBRX", "OW102"), ("Phi-4", "OW101")],
    ),
    (
        "what a study compares with is the class it names",
        "We benchmarked our fine-tunes against open-source models:\n\n- GPT-4o: fast.\n- Gemma 2: small.\n",
        [("GPT-4o", "OW103"), ("Gemma 2", "OW102")],
    ),
    (
        "an answer that gives the writer's own pick",
        "Best open-source model for transcription?\n\nI'd say Whisper large-v3.\n",
        [("Whisper large-v3", "OW101")],
    ),
    (
        "a question asking for any members, answered by name",
        "Any decent open-source models for German?\n\nMixtral 8x7B worked fine for us.\n",
        [("Mixtral 8x7B", "OW101")],
    ),
    (
        "a label's list that ends at its line",
        "### New in 2.1\n\nOpen-source: Phi-4, Gemma 3\nHosted: Claude 3.5 Sonnet\n",
        [("Phi-4", "OW101"), ("Gemma 3", "OW102")],
    ),
    (
        "a class with the model the writer uses in brackets",
        "Runs on open-source LLMs (we use Mistral 7B by default) through Ollama.",
        [("Mistral 7B", "OW101")],
    ),
    (
        "a reason clause before a question states the claim",
        "Since Gemma 2 is open source, can we ship it inside our app?",
        [("Gemma 2", "OW102")],
    ),
    (
        "a time clause before a question states the claim",
        "Now that xAI has open-sourced Grok-1, will other labs follow?",
        [("Grok-1", "OW101")],
    ),
    (
        "a question why takes the claim as given",
        "Why did Microsoft make Phi-3 open source?",
        [("Phi-3", "OW101")],
    ),
    (
        "a question whether one knew takes the claim as given",
        "Did you know DeepSeek-V3 is open source?",
        [("DeepSeek-V3", "OW102")],
    ),
    (
        "a model held up as evidence for what its class can do",
        "Qwen2.5-72B proves that open-source models can rival GPT-4o on math.",
        [("Qwen2.5-72B", "OW102")],
    ),
    (
        "the success of a model as evidence for its class",
        "The success of Mixtral 8x7B shows open-source models can compete with far larger ones.",
        [("Mixtral 8x7B", "OW101")],
    ),
    (
        "a model's weights included in what a predicate calls open",
        "The whole pipeline is open source, including the Mixtral 8x7B weights we tuned.",
        [("Mixtral 8x7B", "OW101")],
    ),
    # Session 21: principles found on a new blind set's read half.
    (
        "a plural reference as a copula's subject",
        "The release adds Llama 3.1 8B and Phi-4. These are Meta's and Microsoft's open-source picks.",
        [("Llama 3.1 8B", "OW102"), ("Phi-4", "OW101")],
    ),
    (
        "a counted plural reference as a copula's subject",
        "You can chat with Gemma 2, Mistral 7B and Phi-3 offline. All three are open-source models.",
        [("Gemma 2", "OW102"), ("Mistral 7B", "OW101"), ("Phi-3", "OW101")],
    ),
    (
        "a plural reference to two sizes of one model",
        "Version 2 ships gpt-oss-120b and gpt-oss-20b. They are open-source models from OpenAI.",
        [("gpt-oss-120b", "OW101"), ("gpt-oss-20b", "OW101")],
    ),
    (
        "both, of two sizes of one model",
        "We benchmarked Llama 3 8B and Llama 3 70B. Both are open source.",
        [("Llama 3 8B", "OW102"), ("Llama 3 70B", "OW102")],
    ),
    (
        "examples of a plural noun that is no model noun",
        "Our model beat several open-source contenders, including Qwen2.5 7B and Gemma 2 9B, on math.",
        [("Qwen2.5 7B", "OW101"), ("Gemma 2 9B", "OW102")],
    ),
    (
        "the noun again, made definite, names the model",
        "Search goes through an open-source reranker before GPT-4o sees it. "
        "The reranker is Qwen3-Reranker-4B.",
        [("Qwen3-Reranker-4B", "OW101")],
    ),
    (
        "a relative clause between the description and its copula",
        "The open-source models that passed every test were Mixtral 8x7B and Phi-4.",
        [("Mixtral 8x7B", "OW101"), ("Phi-4", "OW101")],
    ),
    (
        "a value cell opening with the claim and an adverbial",
        "| Model | Notes |\n|---|---|\n| Mixtral 8x22B | open source since April 2024 |",
        [("Mixtral 8x22B", "OW101")],
    ),
    (
        "a class sentence over items that lead with a bold name",
        "We ran several open-source LLMs on our support tickets.\n\n- **Mixtral 8x7B** answered best.\n"
        "- **Gemma 2** was the fastest.\n",
        [("Mixtral 8x7B", "OW101"), ("Gemma 2", "OW102")],
    ),
    (
        "a short last sentence going on with the class before it",
        "These are the open-source LLMs we keep coming back to. Each gets a line below.\n\n"
        "* Phi-3 — small and quick\n* Llama 3 — the all-rounder\n",
        [("Phi-3", "OW101"), ("Llama 3", "OW102")],
    ),
    (
        "a definite description with a hyphenated premodifier points back",
        "Zhipu released GLM-4.5 on Monday. The 355-billion-parameter agentic model is open source.",
        [("GLM-4.5", "OW101")],
    ),
    (
        "the model, made definite in a later clause of the sentence",
        "The clinic picked Phi-4 over hosted services because the model is open source.",
        [("Phi-4", "OW101")],
    ),
    (
        "a fragment after a question that names the model",
        "anyone else running olmo 2 13b? open source, apache, and decent at summaries",
        [],
    ),
    (
        "a fragment after a question that names a model of other status",
        "anyone else running gemma 2 9b? open source, tiny, and decent at summaries",
        [("gemma 2 9b", "OW102")],
    ),
    (
        "a count the claim qualifies, listed after its colon",
        "Of the five models tested, two were closed (GPT-4o and Gemini 1.5 Pro) and three open-source: "
        "Mixtral 8x22B, Qwen2.5 72B and Llama 3.1 70B.",
        [("Mixtral 8x22B", "OW101"), ("Qwen2.5 72B", "OW102"), ("Llama 3.1 70B", "OW102")],
    ),
    (
        "a range whose ends carry their makers' possessives",
        "The open-source coding models since then, from Alibaba's Qwen2.5-Coder to Mistral's Codestral, "
        "all follow that recipe.",
        [("Qwen2.5-Coder", "OW104"), ("Codestral", "OW104")],
    ),
    (
        "a verb's object after a word that may also follow a passive",
        "Google won developers over by open-sourcing earlier Gemma models.",
        [("Gemma", "OW104")],
    ),
    (
        "a sentence that gives an instance of the class before it",
        "Most teams we spoke to fine-tune open-source models. One bank, for example, started from "
        "Mixtral 8x7B; another from Gemma 2.",
        [("Mixtral 8x7B", "OW101"), ("Gemma 2", "OW102")],
    ),
    (
        "a range set off by dashes",
        "Host any open-source model — from Mixtral 8x7B to Llama 3.1 405B — on one cluster.",
        [("Mixtral 8x7B", "OW101"), ("Llama 3.1 405B", "OW102")],
    ),
    (
        "an adverbial between a copula and its predicate",
        "We built on Falcon 40B because it was, back then, the strongest open-source LLM around.",
        [("Falcon 40B", "OW101")],
    ),
    (
        "a fronted comparison before a definite subject",
        "Zhipu shipped GLM-4.6 today. Like GLM-4.5, the open-source model is aimed at coding agents.",
        [("GLM-4.6", "OW101")],
    ),
    (
        "items that open with their maker's possessive",
        "Open-source LLMs we like:\n\n* Meta's Llama 3\n* Mistral AI's Mistral 7B\n",
        [("Llama 3", "OW102"), ("Mistral 7B", "OW101")],
    ),
    (
        "a sentence ending in a colon over the list that ends its block",
        "The plugin runs any open-source LLM you can serve locally. We tried it with:\n\n"
        "- Phi-3\n- Gemma 2\n",
        [("Phi-3", "OW101"), ("Gemma 2", "OW102")],
    ),
    (
        "a class sentence over headings, with a verb taking 'with'",
        "The following open-source models ship with the app.\n\n"
        "### Phi-3\n\nSmall.\n\n### Gemma 2\n\nFast.\n",
        [("Phi-3", "OW101"), ("Gemma 2", "OW102")],
    ),
    (
        "a pick in the next sentence, with a clause after ', but'",
        "This guide deploys an open-source model on a single GPU. We use Phi-3 mini here, but any "
        "model on the Hub works.",
        [("Phi-3 mini", "OW101")],
    ),
    (
        "a likeness carries the predicate to the model it names",
        "Mistral released Mistral Small 3.1 under Apache 2.0. Like Mistral Small 3 before it, the model "
        "is open source.",
        [("Mistral Small 3.1", "OW101"), ("Mistral Small 3", "OW101")],
    ),
    (
        "a likeness of something else keeps an attributive claim to its subject",
        "MiniMax shipped MiniMax-M2.5 today. Like M2, the open-source model is aimed at coding agents.",
        [("MiniMax-M2.5", "OW102")],
    ),
    (
        "a plural reference after a colon, to the names before it",
        "Mochi 1 vs HunyuanVideo: both are open-source video models you can run at home.",
        [("Mochi 1", "OW101"), ("HunyuanVideo", "OW102")],
    ),
    (
        "a lead-in whose model noun takes an 'of' phrase without a name",
        "The biggest open-source releases of the summer:\n\n- Llama 3.1\n- Mistral NeMo\n",
        [("Llama 3.1", "OW102"), ("Mistral NeMo", "OW101")],
    ),
    (
        "a pronoun for a versioned family",
        "Qwen2.5 is impressive. What makes it special is that it's open source.",
        [("Qwen2.5", "OW104")],
    ),
    (
        "'it' after its copula, inverted by 'not only'",
        "DeepSeek-V3 surprised everyone. Not only is it open source, it is cheap to serve.",
        [("DeepSeek-V3", "OW102")],
    ),
    (
        "the last of coordinated attributes in a fragment",
        "I've been testing Phi-3 all week. Small, fast and open source.",
        [("Phi-3", "OW101")],
    ),
    (
        "the object a calling verb names the claim's noun phrase of",
        "Meta shipped Llama 3 this week. The company calls it its most capable open-source model yet.",
        [("Llama 3", "OW102")],
    ),
    (
        "released the model as open source, pointing back",
        "Meta trained Llama 2 on 2T tokens and released the model as open source.",
        [("Llama 2", "OW102")],
    ),
    (
        "the open-source version of one model identified with another",
        "the open source version of chatgpt is called mistral 7b and it runs on a laptop",
        [("mistral 7b", "OW101")],
    ),
    (
        "a lead that ends its block announces every item below, not the first",
        "What we run in production (all open source):\n\n- Gemma 2\n- Mixtral 8x7B\n",
        [("Gemma 2", "OW102"), ("Mixtral 8x7B", "OW101")],
    ),
    (
        "a role noun's lead-in over a list",
        "The open-source heavyweights right now:\n\n- Llama 3.1 405B\n- DeepSeek-V3\n",
        [("Llama 3.1 405B", "OW102"), ("DeepSeek-V3", "OW102")],
    ),
    (
        "a lead-in's list goes on past an item's sub-items",
        "Open-source models:\n\n* Gemma 2 — 9B, 27B\n  * good at chat\n* Mixtral 8x7B — MoE\n",
        [("Gemma 2", "OW102"), ("Mixtral 8x7B", "OW101")],
    ),
    (
        "items that open with a number in bold or a short label",
        "Open-source models we tested:\n\n- **1. Phi-3**\n- Model: Gemma 2\n",
        [("Phi-3", "OW101"), ("Gemma 2", "OW102")],
    ),
    (
        "a column header that names the column's own models",
        "| Maker | Open-source models |\n|---|---|\n| Google | Gemma 2 |\n| Mistral AI | Mixtral 8x7B |\n",
        [("Gemma 2", "OW102"), ("Mixtral 8x7B", "OW101")],
    ),
    (
        "a class sentence over a table",
        "These open-source models work out of the box.\n\n| Model | Size |\n|---|---|\n| Phi-3 | 3.8B |\n"
        "| Gemma 2 | 9B |\n",
        [("Phi-3", "OW101"), ("Gemma 2", "OW102")],
    ),
    (
        "examples set off by 'led by' or 'chief among them'",
        "Chinese open-source models, led by Qwen2.5, top the charts. Developers flocked to open-source "
        "alternatives, chief among them Llama 3.",
        [("Qwen2.5", "OW104"), ("Llama 3", "OW102")],
    ),
    (
        "released under a licence as, with no object of its own",
        "Mistral Small 3 is released under Apache 2.0 as an open-source model.",
        [("Mistral Small 3", "OW101")],
    ),
    (
        "a quoted question answered after a label",
        'A reader asks: "Which open-source model is best for Korean?" '
        "Our answer: EXAONE 3.5 is a good start.",
        [("EXAONE 3.5", "OW102")],
    ),
    # A maker's name acting on its own model names the maker; a lead before a colon describes
    # what the clause after it releases.
    (
        "maker acting in a released list",
        "A big month for open-source AI: Google shipped Gemma 2 and Mistral released Mistral Large 2.",
        [("Gemma 2", "OW102"), ("Mistral Large 2", "OW102")],
    ),
    (
        "maker acting is no model",
        "A win for open-source AI: DeepSeek shipped DeepSeek-R1 under MIT.",
        [("DeepSeek-R1", "OW101")],
    ),
    (
        "release clause after a topic noun",
        "Good news for open source: Meta published Llama 3.1 8B today.",
        [("Llama 3.1 8B", "OW102")],
    ),
    (
        "release clause after a news lead",
        "Open-source LLMs got a boost: Meta shipped Llama 3.1 in three sizes up to 405B.",
        [("Llama 3.1", "OW102")],
    ),
    (
        "release clause after a label",
        "Open-source releases this week: MiniMax launched MiniMax-M1.",
        [("MiniMax-M1", "OW101")],
    ),
    # A reply under a quote, with or without a blank line, answers what the quote names.
    (
        "reply typed under a quoted question",
        "> is llama 3 any good?\nyes, and it's open source, so no API bills",
        [("llama 3", "OW102")],
    ),
    (
        "reply below a quoted question",
        "> is llama 3 any good?\n\nyes, and it's open source, so no API bills",
        [("llama 3", "OW102")],
    ),
    # An aside between a copula and its name; an idiom after an answer; a sentence of names only.
    (
        "copula past an aside",
        "The most talked-about open-source model this year is, without doubt, DeepSeek-R1.",
        [("DeepSeek-R1", "OW101")],
    ),
    ("answer with no contest", "best open source model under 15B? Phi-4, no contest.", [("Phi-4", "OW101")]),
    (
        "a sentence of names after an unnamed model",
        "We needed an open-source model that fits one GPU. Mistral Small 3.",
        [("Mistral Small 3", "OW101")],
    ),
    # A fragment goes on describing the model the paragraph opened with, past other fragments.
    (
        "fragment past fragments",
        "tried to finetune arctic instruct this weekend. 480b moe. open source but good luck fitting it",
        [("arctic instruct", "OW101")],
    ),
    (
        "fragment past a size",
        "been using Mistral Small 3 for a week. 24B. open source and fast.",
        [("Mistral Small 3", "OW101")],
    ),
    (
        "fragment with a but about something else",
        "qwen3-coder-next has been my daily driver for a month. open source, 80b total but only 3b active",
        [("qwen3-coder-next", "OW101")],
    ),
    # A maker's possessive description points back to the one model of that maker just named.
    (
        "maker's model in the same sentence",
        "Samsung will ship Gemma 3n on its phones, making Google's open-source model the default assistant.",
        [("Gemma 3n", "OW102")],
    ),
    (
        "maker's model picks one of two",
        "We replaced GPT-4 with Llama 3 last spring. Meta's open-source model has held up well.",
        [("Llama 3", "OW102")],
    ),
    (
        "maker's model when the family shares the maker's name",
        "Our bot runs on Mixtral 8x7B and GPT-4o. Mistral's open-source model handles easy questions.",
        [("Mixtral 8x7B", "OW101")],
    ),
    # An echo with "though" after a denial asserts it of the names; a focus adverb brings examples.
    (
        "echo with though in the next sentence",
        "Llama 2 is not open source. Mistral 7B is, though.",
        [("Mistral 7B", "OW101")],
    ),
    (
        "echo with though after a semicolon",
        "Llama 2 isn't open source; Mistral 7B is, though.",
        [("Mistral 7B", "OW101")],
    ),
    (
        "echo with though of two names",
        "psa: falcon 180b is NOT open source. falcon 7b and falcon 40b are though, both apache 2.0",
        [("falcon 7b", "OW101"), ("falcon 40b", "OW101")],
    ),
    (
        "examples after most often",
        "Most pilots include an open-source model somewhere in the stack, most often Llama 3.3 or Qwen2.5.",
        [("Llama 3.3", "OW102"), ("Qwen2.5", "OW104")],
    ),
    # Someone else's claim answered with license restrictions is disputed; one's own stays a claim.
    (
        "a restricted model called open source by its writer",
        "Llama 3 is open source, but the license restricts big firms.",
        [("Llama 3", "OW102")],
    ),
    (
        "a reported claim without a dispute",
        "Meta says Llama 3 is open source, and the community loves it.",
        [("Llama 3", "OW102")],
    ),
    # An emoji is no word: the bracket after it still names the model; a check mark still answers.
    (
        "bracket after an emoji",
        "the bot now runs on an open source model 🎉 (qwen3 30b a3b, on a 4090). report weird answers",
        [("qwen3 30b a3b", "OW101")],
    ),
    (
        "bracket after an emoji with a sentence going on",
        "We switched to an open-source model 🚀 (Mistral 7B) last week.",
        [("Mistral 7B", "OW101")],
    ),
    (
        "check mark under a claim header",
        "| Model | Open source? |\n|---|---|\n| Llama 3 | ✅ |\n| GPT-4o | ❌ |",
        [("Llama 3", "OW102")],
    ),
    (
        "examples ending in a family's variant",
        "Pilots include an open-source model somewhere in the stack, most often Llama 3.3 or a Qwen variant.",
        [("Llama 3.3", "OW102"), ("Qwen", "OW104")],
    ),
    # Session 24: principles found on a blind set's misses, rows written for this file.
    (
        "a label before a colon opens no clause",
        "Engineering log: we swapped to Granite 4.0 Micro. It is open source and tiny.",
        [("Granite 4.0 Micro", "OW101")],
    ),
    (
        "a maker's description picks that maker's model",
        "We swapped from Claude 3.5 Haiku to Granite 4.0 Micro. IBM's model is open source and tiny.",
        [("Granite 4.0 Micro", "OW101")],
    ),
    (
        "which as the object of a release verb",
        "Mixtral 8x7B, which Mistral has released as open source, is fast.",
        [("Mixtral 8x7B", "OW101")],
    ),
    (
        "a denial about another model leaves the claim",
        "Phi-4 is open source. Llama 2 is great, but it isn't open source.",
        [("Phi-4", "OW101")],
    ),
    (
        "a denial about a part leaves the claim",
        "Phi-4 is open source. Its training data is not open source.",
        [("Phi-4", "OW101")],
    ),
    (
        "a subordinate clause after the claim",
        "Phi-4 was open source before LLMs were cool.",
        [("Phi-4", "OW101")],
    ),
    (
        "a fragment's later clause denies something else",
        "i still use phi-4 a lot. open source, 14b, mit, and it doesn't refuse like llama 2 chat did",
        [("phi-4", "OW101")],
    ),
    (
        "both after a comma takes the clause's two names",
        "I tried Phi-4 and Qwen3 for Korean, both open source, both slow.",
        [("Phi-4", "OW101"), ("Qwen3", "OW101")],
    ),
    (
        "a model noun with its maker after from",
        "FYI the Janus-Pro model from DeepSeek is open source on HF.",
        [("Janus-Pro", "OW102")],
    ),
    (
        "a relative clause with commas of its own",
        "Ministral 3, which comes in 3B, 8B and 14B sizes, is open source.",
        [("Ministral 3", "OW101")],
    ),
    (
        "a version of another model in apposition",
        "Perplexity will stop serving R1 1776, its open-source post-trained version of DeepSeek-R1.",
        [("R1 1776", "OW101")],
    ),
    (
        "a cardinal partitive in apposition to two names",
        "The cloud now supports Llama 3.2 and Qwen2.5-32B, two of the most popular open-source models.",
        [("Llama 3.2", "OW102"), ("Qwen2.5-32B", "OW101")],
    ),
    (
        "a plus joins a list",
        "we moved to open source models (phi-4 + llama 3.1 70b) and costs dropped",
        [("phi-4", "OW101"), ("llama 3.1 70b", "OW102")],
    ),
    (
        "a maker's description under a heading naming its model",
        "## 3. Command A\n\nCohere's open-source enterprise model is excellent at RAG.",
        [("Command A", "OW102")],
    ),
    (
        "among a class of entrants",
        "Among open-source entrants, Kimi K2 Thinking came closest.",
        [("Kimi K2 Thinking", "OW102")],
    ),
    (
        "among a class a noun phrase tested",
        "Among open-source contenders the judges tested, Phi-4 came first.",
        [("Phi-4", "OW101")],
    ),
    (
        "supposed to be",
        "Phi-4 was supposed to be the open-source GPT-4 killer.",
        [("Phi-4", "OW101")],
    ),
    (
        "a restrictive relative after one of",
        "Whisper is one of the few OpenAI models that's genuinely open source.",
        [("Whisper", "OW101")],
    ),
    (
        "a maker that has quietly published is no antecedent",
        "DeepSeek has quietly published DeepSeek-V3.2-Exp, an experimental model. "
        "Like its predecessors, the model is open source.",
        [("DeepSeek-V3.2-Exp", "OW101")],
    ),
    (
        "a bare denial answers the latest predicate",
        "Phi-4 is open source now, so I rented a GPU to see whether it was worth the hype. "
        "Short version: it isn't.",
        [("Phi-4", "OW101")],
    ),
    (
        "it after switching from one model to another",
        "We switched from GPT-4o to Qwen3 last month. It is open source, so we can self-host.",
        [("Qwen3", "OW101")],
    ),
    (
        "a hurried its before a clause",
        "We switched to Qwen3 for our bot. its open source so we can run it.",
        [("Qwen3", "OW101")],
    ),
    (
        "a hurried its after a judging phrase",
        "just tried the new qwen3 locally and wow. for an open source model its like 6 months behind sonnet",
        [("qwen3", "OW101")],
    ),
    (
        "a long fronted phrase then we",
        "For image generation in the app, we rely on SDXL. The open-source image model has a huge ecosystem.",
        [("SDXL", "OW102")],
    ),
    (
        "a clause after so is no compound",
        "Replace the Claude dependency with the open-source Mistral 7B Instruct so contributors "
        "can run the tests.",
        [("Mistral 7B Instruct", "OW101")],
    ),
    (
        "the one model of the sentence before, past its weights",
        "The start-up posted the weights of Phi-4 on Tuesday without a model card. "
        "The open-source model switches between modes.",
        [("Phi-4", "OW101")],
    ),
    (
        "an unlisted name listed before a model",
        "Microsoft open-sourced Magma and Phi-4-multimodal this week.",
        [("Phi-4-multimodal", "OW101")],
    ),
    (
        "a closing quote ends its sentence",
        'Meta said "Llama 3 is great." It is open source.',
        [("Llama 3", "OW102")],
    ),
    (
        "a lead-in over category items and their nested names",
        "Local inference is supported for these open source models:\n\n- Text\n  - Phi-4\n  - Qwen3-32B\n"
        "- Vision\n  - Pixtral 12B\n  - Llama 3.2 Vision 11B\n",
        [
            ("Phi-4", "OW101"),
            ("Qwen3-32B", "OW101"),
            ("Pixtral 12B", "OW101"),
            ("Llama 3.2 Vision 11B", "OW102"),
        ],
    ),
    (
        "a lead-in over lines that each open with a name",
        "Three open-source models to try this week:\n\n**Phi-4** — small and sharp\n"
        "**Qwen3-32B** — multilingual\n**Mistral Small 3.1** — fast\n",
        [("Phi-4", "OW101"), ("Qwen3-32B", "OW101"), ("Mistral Small 3.1", "OW101")],
    ),
    (
        "a title line naming a roundup over a list",
        "This week's open-source roundup\n\n- **Kimi Linear** (Moonshot): hybrid attention, MIT\n"
        "- **LongCat-Flash-Chat** (Meituan): 560B MoE, MIT\n",
        [("Kimi Linear", "OW101"), ("LongCat-Flash-Chat", "OW101")],
    ),
    (
        "a title line over a note and a list",
        "Top 5 open-source LLMs for chatbots in 2024\n\nChoosing a model for an assistant? "
        "These are the ones we deployed.\n\n- Phi-4 — small\n- Qwen3-32B — multilingual\n",
        [("Phi-4", "OW101"), ("Qwen3-32B", "OW101")],
    ),
    (
        "a heading over sentences that each open with a bold name",
        "# Five open-source TTS models that sound human\n\n**Chatterbox TTS** handles emotion. "
        "**Dia-1.6B** does dialogue. **F5-TTS** clones voices.\n",
        [("Chatterbox TTS", "OW101"), ("Dia-1.6B", "OW101"), ("F5-TTS", "OW102")],
    ),
    (
        "a verb's objects end where another clause begins",
        "Release radar: Microsoft open-sourced Magma and Phi-4-multimodal this week, and Google shipped "
        "MedGemma for health developers.",
        [("Phi-4-multimodal", "OW101")],
    ),
    (
        "a section's fragment with an infinitive after its noun",
        "## Phi-4\n\nThe first open-source model of its kind to rival GPT-4.",
        [("Phi-4", "OW101")],
    ),
    (
        "the class's examples open the next sentence",
        "We like open source models. Models like Llama 3.2 3B and Gemma 2 2B are fine.",
        [("Llama 3.2 3B", "OW102"), ("Gemma 2 2B", "OW102")],
    ),
    (
        "they after a maker's description of its models",
        "## Granite 4.0\n\nIBM's hybrid models use less memory. They're open source under Apache 2.0.",
        [("Granite 4.0", "OW101")],
    ),
    (
        "a wish answered with the one",
        "If you need an open-source speech model that runs offline, Whisper is the one.",
        [("Whisper", "OW101")],
    ),
    # A table under a lead-in: its models head its rows, or its columns when they do.
    (
        "table under a lead-in with models heading its columns",
        "We ran three popular open-source models through the usual benchmarks:\n\n"
        "| Benchmark | Llama 2 7B | Mistral 7B | Gemma 7B |\n"
        "|---|---|---|---|\n| MMLU | 45.3 | 60.1 | 64.3 |",
        [("Llama 2 7B", "OW102"), ("Mistral 7B", "OW101"), ("Gemma 7B", "OW102")],
    ),
    (
        "table under a lead-in whose cells list the models",
        "Our open-source picks, task by task:\n\n| Task | Chat | Code | Speech |\n|---|---|---|---|\n"
        "| Pick | Llama 2 13B, Mistral 7B | StarCoder | Whisper large-v3 |",
        [
            ("Llama 2 13B", "OW102"),
            ("Mistral 7B", "OW101"),
            ("StarCoder", "OW102"),
            ("Whisper large-v3", "OW101"),
        ],
    ),
    (
        "table under a lead-in with a column of fallbacks",
        "We recommend these open-source models:\n\n| Task | Model | Fallback |\n|---|---|---|\n"
        "| Chat | Llama 3 8B | GPT-4o |\n| Code | Codestral 22B | Claude 3.5 Sonnet |",
        [("Llama 3 8B", "OW102"), ("Codestral 22B", "OW102")],
    ),
    (
        "table under a heading with a rank column first",
        "## Our favourite open-source text models\n\n| # | Model | Good at |\n"
        "|---|---|---|\n| 1 | Qwen2.5-72B | long documents |\n| 2 | Mistral 7B | speed |",
        [("Qwen2.5-72B", "OW102"), ("Mistral 7B", "OW101")],
    ),
    # A heading that says its plural subject is open source describes the list it heads.
    (
        "heading with a plural subject over a list",
        "## The models we run are all open source\n\n"
        "- **Llama 3.1 8B** for chat\n- **Mistral 7B** for summaries",
        [("Llama 3.1 8B", "OW102"), ("Mistral 7B", "OW101")],
    ),
    (
        "heading with a plural subject and a quantified predicate",
        "## Five models we trust, all of them open source\n\n"
        "- **Llama 3.1 8B** for chat\n- **Phi-4** for math",
        [("Llama 3.1 8B", "OW102"), ("Phi-4", "OW101")],
    ),
    (
        "heading with a relative clause over a list",
        "## Models we trust that are actually open source\n\n- Gemma 2 9B\n- Phi-4",
        [("Gemma 2 9B", "OW102"), ("Phi-4", "OW101")],
    ),
    # A class's examples after a clause that modifies it, set off by ", like".
    (
        "examples after a contact clause",
        "The app is built around open-source models you can run offline, like Phi-3 mini and Gemma 2 2B.",
        [("Phi-3 mini", "OW101"), ("Gemma 2 2B", "OW102")],
    ),
    # Judged against its class, a model is one of it, whatever the adjective.
    (
        "predicate adjective for a class",
        "Gemma 2 9B is surprisingly fluent for an open source LLM.",
        [("Gemma 2 9B", "OW102")],
    ),
    # A sentence without a subject that opens on the claim goes on about the model before it.
    (
        "subjectless predicates after the claim",
        "Phi-4 is wild. Open source, fits on one GPU, is fast.",
        [("Phi-4", "OW101")],
    ),
    # What a later predicate compares the model with is that predicate's, not a turn on the claim.
    (
        "a comparison in a later predicate",
        "Phi-4 is wild. Open source, fits on one GPU, beats last year's paid tier.",
        [("Phi-4", "OW101")],
    ),
    # A label that ends its block in a colon introduces every item of the list below it.
    (
        "a bare label over a list",
        "### Chat models\n\nOpen source:\n- Mistral 7B\n- Phi-3 mini\n\nClosed:\n- GPT-4o",
        [("Mistral 7B", "OW101"), ("Phi-3 mini", "OW101")],
    ),
    # A card's lines in one paragraph: each line is its own field, about the card's model.
    (
        "a card's type line in one paragraph",
        "**Model:** Gemma 2 9B\n**Licence:** Gemma Terms of Use\n**Kind:** open-source chat LLM",
        [("Gemma 2 9B", "OW102")],
    ),
    (
        "a lead-in whose closed class is its head's complement",
        "Open-source alternatives to closed models:\n\n- Llama 3.1 8B\n- Mistral 7B",
        [("Llama 3.1 8B", "OW102"), ("Mistral 7B", "OW101")],
    ),
    (
        "a bare heading over a table",
        "## Open source\n\nThese publish weights under permissive terms.\n\n| Model | License |\n|---|---|\n"
        "| Mistral 7B | Apache 2.0 |\n| Phi-4 | MIT |",
        [("Mistral 7B", "OW101"), ("Phi-4", "OW101")],
    ),
    (
        "a title over a two-sentence note over its list",
        "Top open-source LLMs for support bots\n\nWe put a dozen models in front of real tickets for six "
        "months. Two handled the most volume with the fewest escalations.\n\n"
        "- Llama 3 70B\n- Mixtral 8x22B",
        [("Llama 3 70B", "OW102"), ("Mixtral 8x22B", "OW101")],
    ),
    # "Both" after a title's colon points back to the clause after it, not the title's names.
    (
        "both after a title's colon",
        "Llama vs Mistral: on our coding set Llama 3 8B scored a little higher than Mistral 7B. "
        "Both are open source.",
        [("Llama 3 8B", "OW102"), ("Mistral 7B", "OW101")],
    ),
    (
        "an of-phrase identified by the copula",
        "The open-source version of our old support bot is Mistral 7B.",
        [("Mistral 7B", "OW101")],
    ),
    # A paragraph whose every line is a short label and a name is a list without bullets.
    (
        "label lines under a lead-in",
        "Open-source models we run in production:\n\n"
        "chat: Llama 3.1 8B\ncode: Codestral 22B\nembeddings: Mistral 7B",
        [("Llama 3.1 8B", "OW102"), ("Codestral 22B", "OW102"), ("Mistral 7B", "OW101")],
    ),
    (
        "label lines right under a lead-in line",
        "The open-source LLMs in our stack:\nRouting: Phi-3 mini\nAnswers: Llama 3 70B",
        [("Phi-3 mini", "OW101"), ("Llama 3 70B", "OW102")],
    ),
    # A fragment may name the licence its claim is made under.
    (
        "a bare claim under a licence",
        "Phi-4 landed today. Open source under the MIT license, 16k context.",
        [("Phi-4", "OW101")],
    ),
    # A question that follows the statement after a comma asks only itself.
    (
        "a statement, then a forum question after a comma",
        "turns out gemma 2 is open source, anyone running the 27b on a mac?",
        [("gemma 2", "OW102")],
    ),
    (
        "a statement, then a question opened by an auxiliary",
        "Phi-4 is open source, does that mean we can ship it in our app?",
        [("Phi-4", "OW101")],
    ),
    # A participle between a determiner and the name describes it, in a question too.
    (
        "a participle before the name in a question",
        "Did anyone compare the newly open-sourced Grok-1 with Mixtral 8x7B?",
        [("Grok-1", "OW101")],
    ),
    # The copula links "it" to the claim however long the predicate before it is.
    (
        "a comma splice with a long predicate",
        "Can you add Yi-34B, it's one of the most widely used open source bilingual models.",
        [("Yi-34B", "OW101")],
    ),
    # "Both" as the verb's object points back to the two models the sentence before names.
    (
        "both as the object of open-sourced",
        "Mistral 7B drafts and Mixtral 8x7B reviews. Mistral AI open-sourced both under Apache 2.0.",
        [("Mistral 7B", "OW101"), ("Mixtral 8x7B", "OW101")],
    ),
    # Of several models a sentence weighs, "it" stands for the one it chooses or switches to.
    (
        "it after a choice among several",
        "We trialled GPT-4o and Claude 3.5 Sonnet, then settled on Mistral 7B. It is open source.",
        [("Mistral 7B", "OW101")],
    ),
    (
        "it after a choice over another",
        "We went with Phi-4 over GPT-4o. Being open source, it runs on our own servers.",
        [("Phi-4", "OW101")],
    ),
    (
        "it after dropping one model for another",
        "Last spring we dropped GPT-4o for Qwen2.5 7B. It is open source and cheap to host.",
        [("Qwen2.5 7B", "OW101")],
    ),
    # A short name that needs its maker nearby is a model when it leads an item of a list whose
    # next or last item a model leads.
    (
        "short names leading the items of a list of models",
        "## Four open-source voice models\n\n1. **XTTS-v2**: cloning\n2. **Bark**: laughter and music\n"
        "3. **Dia**: two voices\n4. **Kokoro-82M**: small",
        [("XTTS-v2", "OW102"), ("Bark", "OW101"), ("Dia", "OW101"), ("Kokoro-82M", "OW101")],
    ),
    (
        "a short name opening a sentence in an item, not labelling it",
        "## Two open-source voice models\n\n- **XTTS-v2**: cloning\n- Bark is what our dog does at night.",
        [("XTTS-v2", "OW102")],
    ),
    # A participle after a list item's name is one more of its attributes.
    (
        "a participle among an item's attributes",
        "- **Grok-1** (xAI): 314B-parameter MoE, open-sourced in March 2024\n- **Grok 2**: API only",
        [("Grok-1", "OW101")],
    ),
    # A bare claim that opens an item names its members in the bracket that ends it.
    (
        "a bare claim with its members in brackets",
        "### Backends\n\n* Hosted (GPT-4o, Claude 3.5 Sonnet)\n"
        "* Open source via Ollama (Llama 3.2, Phi-4-mini)",
        [("Llama 3.2", "OW102"), ("Phi-4-mini", "OW101")],
    ),
    # A conjunction with a clause of its own ends the claim's phrase; its nouns are no head.
    (
        "a clause after so",
        "Phi-4 is open source so there's no licence server to run.",
        [("Phi-4", "OW101")],
    ),
    # A family name qualifying the noun of a reduced relative is not the subject.
    (
        "a family name inside the predicate's noun phrase",
        "Mistral makes many models. Mistral 7B was the first Mistral model made fully open source.",
        [("Mistral 7B", "OW101")],
    ),
    # A card's name line may come after the line that claims.
    (
        "a card whose name line is below the claim",
        "## Card\n\n- **Maker:** Google\n- **Kind:** open-source vision-language model\n"
        "- **Model name:** PaliGemma 2",
        [("PaliGemma 2", "OW102")],
    ),
    # A verb of adding puts its object into the collection the class names; those it joins are in it.
    (
        "added to a collection of the class",
        "Nimbus Cloud has added Phi-4 to its library of open-source models, joining Gemma 2 9B.",
        [("Phi-4", "OW101"), ("Gemma 2 9B", "OW102")],
    ),
    (
        "added to a collection the claim premodifies",
        "This week we brought Mistral Small 3 and Llama 3.3 into our open-source lineup.",
        [("Mistral Small 3", "OW101"), ("Llama 3.3", "OW102")],
    ),
    # The model chosen to meet a requirement for a member of the class is offered as one.
    (
        "a choice that meets a requirement of the class",
        "The grant only allows open-source models, so the lab settled on Gemma 2 9B.",
        [("Gemma 2 9B", "OW102")],
    ),
    (
        "a requirement, then candidates in the next sentence",
        "we need an open source LLM that fits on a 3090. thinking mixtral or phi-4, any opinions?",
        [("mixtral", "OW101"), ("phi-4", "OW101")],
    ),
    # A fronted likeness says the predicate of the name it sets beside the subject too.
    (
        "a fronted likeness before a copula claim",
        "Like Gemma 2 before it, Phi-4 is open source.",
        [("Gemma 2", "OW102"), ("Phi-4", "OW101")],
    ),
    # A ranking after a superlative class places the others in the class too.
    (
        "a ranking after a superlative class",
        "Mistral 7B is the most downloaded open-source model, followed by Gemma 2 and Phi-4.",
        [("Mistral 7B", "OW101"), ("Gemma 2", "OW102"), ("Phi-4", "OW101")],
    ),
    (
        "the first of the class since another",
        "gpt-oss-20b is OpenAI's first new open-source LLM since GPT-2.",
        [("gpt-oss-20b", "OW101"), ("GPT-2", "OW101")],
    ),
    # A host after a listed name is the name's modifier; the list goes on after it.
    (
        "a host after each listed name",
        "we moved to open source models (phi-4 via azure + llama 3.1 70b) and saved money",
        [("phi-4", "OW101"), ("llama 3.1 70b", "OW102")],
    ),
    # A participle after "most" premodifies the noun, as one after an adverb does.
    (
        "an appositive with a participle after most",
        "Phi-4, the most used open-source model on our platform, is small.",
        [("Phi-4", "OW101")],
    ),
    (
        "the writer's own label in a relative clause",
        "Phi-4, which we call open source in these docs, runs on one GPU.",
        [("Phi-4", "OW101")],
    ),
    (
        "a quoted claim answered with a status that opens a phrase of its own",
        "> Phi-4 is open source\n\nopen weights models are fine by me",
        [("Phi-4", "OW101")],
    ),
    # A short name that needs its maker nearby is a model when given as an example of a model noun.
    (
        "names that need their maker, as examples of a model noun",
        "Any plans for open-source voice models such as Chatterbox or Kokoro?",
        [("Chatterbox", "OW101"), ("Kokoro", "OW101")],
    ),
    # "All" after a dash takes in the list before it, tools and the model among them.
    (
        "all after a dash, over a list of tools and a model",
        "Our stack is LangChain, Chroma and Mistral 7B — all open source, all on one box.",
        [("Mistral 7B", "OW101")],
    ),
    (
        "all open-sourced, after a dash",
        "Phi-4, Mistral 7B, Qwen2.5 7B — all open-sourced within a year.",
        [("Phi-4", "OW101"), ("Mistral 7B", "OW101"), ("Qwen2.5 7B", "OW101")],
    ),
    # "They" opening a later clause points back to the one list the sentence named.
    (
        "they in a later clause of the sentence",
        "the bank blocked qwen3 and deepseek r1 even though they're open source and run locally",
        [("qwen3", "OW101"), ("deepseek r1", "OW101")],
    ),
    (
        "something open source, then the choice",
        "we need something open source we can host. went with mixtral, no regrets",
        [("mixtral", "OW101")],
    ),
    # A fronted class reaches past a reduced passive relative ("tested by the team").
    (
        "a fronted class with a passive relative, then a ranking",
        "Among the open-source models reviewed by our editors, Phi-4 came first, followed by Gemma 2.",
        [("Phi-4", "OW101"), ("Gemma 2", "OW102")],
    ),
    # A superlative of any adjective picks one out of the class, and the ranking goes on.
    (
        "the most-adjective of the class, ahead of others",
        "The audit rates OLMo 2 as the most open of the open-source models it read, ahead of Phi-4.",
        [("Phi-4", "OW101")],
    ),
    (
        "a ranking that takes the next name out of the class",
        "Phi-4 is the best open-source model, followed by GPT-4o if you count closed ones.",
        [("Phi-4", "OW101")],
    ),
    # An example after any plain noun the claim heads names a member.
    (
        "an example of a singular noun",
        "Start from an open-source base such as Mistral 7B and tune it with LoRA.",
        [("Mistral 7B", "OW101")],
    ),
    (
        "the models we use, in brackets, past an adverb",
        "You will tune open source LLMs (we mostly use Phi-4 and Gemma 2) for invoices.",
        [("Phi-4", "OW101"), ("Gemma 2", "OW102")],
    ),
    (
        "a partitive of pieces",
        "Whisper is one of my favourite pieces of open-source AI.",
        [("Whisper", "OW101")],
    ),
    (
        "a clause after so and no",
        "been running phi-4 at home for a month. it's open source so no api bills",
        [("phi-4", "OW101")],
    ),
    # The object of a pronoun's verb right after a lead-in's colon is a member.
    (
        "a colon, then what we do with the members",
        "Assistants built on open-source models: we fine-tune Gemma 2 9B or Phi-4 on your files.",
        [("Gemma 2 9B", "OW102"), ("Phi-4", "OW101")],
    ),
    # Those a subject joins the class beside are in it already.
    (
        "joining the class after others",
        "Phi-4 joins a long list of open-source small models, after Gemma 2 and Mistral 7B.",
        [("Phi-4", "OW101"), ("Gemma 2", "OW102"), ("Mistral 7B", "OW101")],
    ),
    # Stop 27: a relative clause without its pronoun, a verb's dated objects, a possessor's
    # weights, examples after a comma, a title's closing note, label lines.
    (
        "object relative without pronoun after an apposition",
        "We now support Falcon 180B, the large model TII open-sourced last year.",
        [("Falcon 180B", "OW102")],
    ),
    (
        "object relative without pronoun, maker in lower case",
        "Thanks to Grok-1, the mixture-of-experts model xAI open-sourced in March, we can test MoE routing.",
        [("Grok-1", "OW101")],
    ),
    (
        "object relative after a copula",
        "Grok-1 is the model they open-sourced in March.",
        [("Grok-1", "OW101")],
    ),
    (
        "a dated object, then a new clause",
        "OpenAI open-sourced GPT-2 in 2019 and GPT-4 stayed closed.",
        [("GPT-2", "OW101")],
    ),
    (
        "an object, then a name with a verb of its own",
        "Google open-sourced Gemma 2 this week and Gemini remains closed.",
        [("Gemma 2", "OW102")],
    ),
    (
        "objects of one verb, each with its time",
        "Microsoft open-sourced Phi-2 in December and Phi-3 in April.",
        [("Phi-2", "OW101"), ("Phi-3", "OW101")],
    ),
    (
        "objects of one verb, the second with back in",
        "OpenAI open-sourced Whisper in 2022 and GPT-2 back in 2019, but its chat models stay closed.",
        [("Whisper", "OW101"), ("GPT-2", "OW101")],
    ),
    (
        "possessor of the weights a verb releases",
        "Mistral open-sourced Mixtral's weights last week.",
        [("Mixtral", "OW101")],
    ),
    (
        "possessor of the checkpoints, typographic apostrophe",
        "OpenAI open-sourced GPT-2’s checkpoints in 2019.",
        [("GPT-2", "OW101")],
    ),
    (
        "examples set off by a comma after any noun",
        "The app runs on open-source building blocks, including Mistral 7B and Whisper.",
        [("Mistral 7B", "OW101"), ("Whisper", "OW101")],
    ),
    (
        "title's note in brackets over a list",
        "## Best open-source image generators (2025)\n\n"
        "1. **SDXL** — fast\n2. **Stable Diffusion 3.5 Large** — detailed\n",
        [("SDXL", "OW102"), ("Stable Diffusion 3.5 Large", "OW102")],
    ),
    (
        "label lines each their own",
        "Hosted: GPT-4o, Claude 3.5 Sonnet\nOpen-source: Mistral 7B, Gemma 2 9B\n",
        [("Mistral 7B", "OW101"), ("Gemma 2 9B", "OW102")],
    ),
    (
        "a number before the determiner counts another phrase",
        "Table 2 groups the open-weight models (Llama 3 70B, Qwen2-72B, Claude 3 Haiku) apart.",
        [("Claude 3 Haiku", "OW201")],
    ),
    (
        "a place's possessive is no maker",
        "Ministries are testing Falcon 3, the UAE's open-source model family.",
        [("Falcon 3", "OW102")],
    ),
    (
        "passive infinitive after a model noun",
        "OPT-175B was one of the first large models to be open-sourced by a big company.",
        [("OPT-175B", "OW102")],
    ),
    (
        "echo of a denied claim in the next sentence",
        "GPT-4o is not open source. Mistral 7B is.",
        [("Mistral 7B", "OW101")],
    ),
    (
        "a later clause asks, after and",
        "Mistral 7B is open source, and nobody here uses it??",
        [("Mistral 7B", "OW101")],
    ),
    (
        "a later clause asks, after and an auxiliary",
        "Mistral 7B is open source, and is it any good?",
        [("Mistral 7B", "OW101")],
    ),
    (
        "a name standing for a kind in the predicate",
        "Mistral Small 3 was Europe's first open source GPT-4o.",
        [("Mistral Small 3", "OW101")],
    ),
    (
        "example after any noun, a clause following",
        "With an open-source base such as Mistral 7B you can fine-tune on one GPU.",
        [("Mistral 7B", "OW101")],
    ),
    (
        "a time phrase between copula and predicate",
        "Falcon 40B was at the time the largest open-source model around.",
        [("Falcon 40B", "OW101")],
    ),
    (
        "colon list after a phrase of plain nouns",
        "There is a growing list of open-source video generators: Wan 2.2 and Mochi 1.",
        [("Wan 2.2", "OW101"), ("Mochi 1", "OW101")],
    ),
    (
        "whether leaves a description standing",
        "Senators asked whether open-source models like Llama 3 could aid rivals.",
        [("Llama 3", "OW102")],
    ),
    (
        "specifically introduces examples, each with its purpose",
        "The course uses open-source models only, specifically Llama 3.2 3B for text and Mistral 7B for"
        " code.",
        [("Llama 3.2 3B", "OW102"), ("Mistral 7B", "OW101")],
    ),
    (
        "items with purposes after a colon lead-in",
        "The open source models I run: Llama 3.1 8B for chat, Whisper for transcription.",
        [("Llama 3.1 8B", "OW102"), ("Whisper", "OW101")],
    ),
    (
        "a collapsed section's summary between a lead-in and its list",
        "Open-source models we ship:\n\n<details><summary>Show all</summary>\n\n"
        "- Mistral 7B\n- Gemma 2 9B\n\n</details>\n",
        [("Mistral 7B", "OW101"), ("Gemma 2 9B", "OW102")],
    ),
    (
        "a collapsed section under a heading",
        "## Open-source models\n\n<details><summary>Show</summary>\n\n"
        "- Mistral 7B\n- Gemma 2 9B\n\n</details>\n",
        [("Mistral 7B", "OW101"), ("Gemma 2 9B", "OW102")],
    ),
    (
        "list items that are Hugging Face ids, owner first",
        "Open-source models in our eval harness:\n\n* meta-llama/Llama-3.2-3B-Instruct\n"
        "* mistralai/Mistral-Nemo-Instruct-2407\n",
        [("Llama-3.2-3B-Instruct", "OW102"), ("Mistral-Nemo-Instruct-2407", "OW101")],
    ),
    (
        "a bare claim item over the items nested under it",
        "- Open source\n  - Llama 3\n  - Mistral 7B\n- Proprietary\n  - GPT-4o\n",
        [("Llama 3", "OW102"), ("Mistral 7B", "OW101")],
    ),
    (
        "a bold bare claim item with its colon over nested items",
        "* **Open source:**\n    * Gemma 2\n    * Phi-3\n",
        [("Gemma 2", "OW102"), ("Phi-3", "OW101")],
    ),
    (
        "a size after the name is an aside before the copula",
        "Phi-4 at 14B is the best open source model you can fine-tune on one GPU.",
        [("Phi-4", "OW101")],
    ),
    (
        "coordinated adjectives after a contracted copula",
        "Try **Phi-4-mini**. It's MIT-licensed and open source, and it runs on CPU.",
        [("Phi-4-mini", "OW101")],
    ),
    (
        "an order in time after the first of a class",
        "Then came StarCoder 2 from BigCode, the first serious open-source code model, followed by"
        " Code Llama.",
        [("StarCoder 2", "OW102")],
    ),
    (
        "making them: the names the clause opens with",
        "Zhipu has been busy: GLM-4.5 and GLM-4.6 are under MIT, making them some of the most permissive"
        " open-source models.",
        [("GLM-4.5", "OW101"), ("GLM-4.6", "OW101")],
    ),
    (
        "the next sentence's choice after a fronted phrase without comma",
        "We recommend an open source model so grading is reproducible. In this guide we use"
        " Qwen2.5-7B-Instruct.",
        [("Qwen2.5-7B-Instruct", "OW101")],
    ),
    (
        "the next sentence's choice told as an experience",
        "Make sure you use an open-source model that calls tools well. I've had good luck with Mistral 7B.",
        [("Mistral 7B", "OW101")],
    ),
    (
        "an Ollama tag's size names one model, not the family",
        "Pull qwen2.5:7b, an open-source model for a laptop, or mistral:7b, another open-source one.",
        [("qwen2.5:7b", "OW101"), ("mistral:7b", "OW101")],
    ),
    (
        "item marks join names after a colon",
        "Open-source picks: Mistral 7B · Gemma 2 9B",
        [("Mistral 7B", "OW101"), ("Gemma 2 9B", "OW102")],
    ),
    (
        "a heading over a line of names set apart by item marks",
        "### Fast open-source models\n\nMistral 7B · Gemma 2 9B · Phi-3\n",
        [("Mistral 7B", "OW101"), ("Gemma 2 9B", "OW102"), ("Phi-3", "OW101")],
    ),
    (
        "both models after a heading that names two",
        "### Moving from Llama 2 to Llama 3.1\n\nBoth models are open source, but the terms changed.\n",
        [("Llama 2", "OW102"), ("Llama 3.1", "OW102")],
    ),
    (
        "an apposition past a time phrase, with modifiers",
        "Alibaba released Qwen-Image on Monday, a 20-billion-parameter open-source image model.",
        [("Qwen-Image", "OW101")],
    ),
    (
        "for example after the clause, the class served through an API",
        "Any open-source LLM served through an OpenAI-compatible API will work, for example Qwen3 on vLLM.",
        [("Qwen3", "OW101")],
    ),
    (
        "a label's one item with its purpose",
        "All inference runs on open-source models. Currently: Mistral Large 2 for chat.",
        [("Mistral Large 2", "OW102")],
    ),
    (
        "names set off by dashes after a class of plain nouns",
        "The lab benchmarked five open-source video generators — Wan 2.2, Mochi 1 and LTX-Video — on water.",
        [("Wan 2.2", "OW101"), ("Mochi 1", "OW101"), ("LTX-Video", "OW102")],
    ),
    (
        "among a class with a hyphenated grade",
        "Llama 3 is among the most-downloaded open-source models.",
        [("Llama 3", "OW102")],
    ),
    (
        "alongside after the class a member is counted among",
        "The index counts Llama 3.3 70B among the open-source models of the year, alongside Mistral 7B.",
        [("Llama 3.3 70B", "OW102"), ("Mistral 7B", "OW101")],
    ),
    (
        "alongside names that do not close the sentence",
        "Llama 3.1 ranks among the open-source models, alongside GPT-4o in cost.",
        [("Llama 3.1", "OW102")],
    ),
    (
        "a wish past a label, then the pick",
        "TL;DR: if you need an open-source model that speaks Japanese, Qwen3-14B is the one to beat.",
        [("Qwen3-14B", "OW101")],
    ),
    (
        "something open source, then the pick",
        "if you want something open source and modern, try mistral nemo 12b",
        [("mistral nemo 12b", "OW101")],
    ),
    (
        "something open source, then the writer's own use",
        "Time to switch to something open source. I'm using Qwen3-8B via Ollama.",
        [("Qwen3-8B", "OW101")],
    ),
    (
        "a bracket of the writer's use with a modal",
        "In this module we fine-tune an open-source model (we'll use Zephyr-7B-beta) with DPO.",
        [("Zephyr-7B-beta", "OW101")],
    ),
    (
        "a participle after an indefinite article in the predicate",
        "DeepSeek-R1-Distill-Qwen-7B, for instance, is a distilled open-source model.",
        [("DeepSeek-R1-Distill-Qwen-7B", "OW101")],
    ),
    (
        "a colon after a longer phrase of the noun, and a name closing the sentence",
        "I replaced Copilot with an open source model running on my Mac Studio: Devstral Small.",
        [("Devstral Small", "OW101")],
    ),
    (
        "a question looking for one of the class, answered by names",
        "Looking for an open-source model with a long context? Qwen2.5-7B and Mistral 7B both qualify.",
        [("Qwen2.5-7B", "OW101"), ("Mistral 7B", "OW101")],
    ),
    (
        "a lead-in table's name column beside a column of bases",
        "Open-source models we host:\n\n| Name | Base model |\n|---|---|\n| Zephyr 7B | Mistral 7B |\n",
        [("Zephyr 7B", "OW101")],
    ),
    (
        "a graded predicate after as with no presenting verb",
        "Llama 3 was released as the most capable open-source model.",
        [("Llama 3", "OW102")],
    ),
    (
        "a title's class over a label whose item describes its name itself: one finding",
        "**Open Source AI Digest**\n\nHighlights:\n"
        "• Mistral released Voxtral TTS, an open-source voice model.\n• Ai2 published OLMo 2 logs.\n",
        [("Voxtral TTS", "OW102")],
    ),
    (
        "a relative coordinated with another after the name",
        "The phone runs MiMo-V2-Flash, which runs locally and which the company open-sourced.",
        [("MiMo-V2-Flash", "OW101")],
    ),
    (
        "a participle whose object is the subject's own model",
        "Snowflake released Arctic Embed 2.0, open-sourcing its retrieval model under Apache 2.0.",
        [("Arctic Embed 2.0", "OW101")],
    ),
    (
        "a participle after the object opens a clause of its own",
        "Mistral open-sourced Mixtral 8x22B, challenging Claude 3 Opus on code.",
        [("Mixtral 8x22B", "OW101")],
    ),
    (
        "a dash and a conjunction end a list",
        "Our first open-source candidates were Pythia, Falcon 40B and BLOOM — and BLOOMZ was only a "
        "fine-tune.",
        [("Falcon 40B", "OW101"), ("BLOOM", "OW102")],
    ),
    (
        "an article of its own opens another phrase",
        "The release pairs an open-source Ministral 8B and an enterprise Mistral Medium 3.",
        [("Ministral 8B", "OW102")],
    ),
    (
        "a name with a role of its own keeps its premodifier",
        "The recipe distils the open-source Mixtral 8x7B as the student and Claude 3 Opus as the teacher.",
        [("Mixtral 8x7B", "OW101")],
    ),
    (
        "a common-word name that a description calls a model",
        "Falcon, an open-source alternative to closed LLMs, keeps gaining users.",
        [("Falcon", "OW104")],
    ),
    (
        "a claim that nobody disputes",
        "Meta says Llama 3.1 is open source, a claim nobody disputes.",
        [("Llama 3.1", "OW102")],
    ),
    (
        "a hyphenated -ing adjective is one premodifier",
        "Mixtral 8x22B is a cutting-edge open-source model.",
        [("Mixtral 8x22B", "OW101")],
    ),
    (
        "names before 'and other' with an Oxford comma",
        "Our in-house model edges out Gemma-2-9B, Mixtral-8x7B, and other open-source models.",
        [("Gemma-2-9B", "OW102"), ("Mixtral-8x7B", "OW101")],
    ),
    (
        "a short phrase of the noun before 'such as'",
        "The app talks to open-source language models on Ollama such as Gemma 2 and Phi-3.",
        [("Gemma 2", "OW102"), ("Phi-3", "OW101")],
    ),
    (
        "a marker inside the bracket of examples",
        "Ollama runs open-source models (like Mistral 7B) on a laptop.",
        [("Mistral 7B", "OW101")],
    ),
    (
        "a title's capitalised 'The World's' is no maker",
        "Grok-1: The World's Largest Open-Source Model",
        [("Grok-1", "OW101")],
    ),
    (
        "coordinated adjectives, one of them hyphenated several times",
        "Gemma is a line of compact, ready-to-deploy, open-source AI models.",
        [("Gemma", "OW104")],
    ),
    (
        "a relative after an apposition to the name",
        "Google announced Gemma 2, the successor to its small model family (SLM), which will be open source.",
        [("Gemma 2", "OW102")],
    ),
    (
        "a hashtag opening a post tags the model it is about",
        "#opensource keeps winning 🚀 Mistral Small 3 just dropped under Apache 2.0!!",
        [("Mistral Small 3", "OW101")],
    ),
    (
        "'All are' after a list points back at it",
        "### Local models we support\n\n- Llama 3.2\n- Phi-4-mini\n\nAll are open source and run offline.",
        [("Llama 3.2", "OW102"), ("Phi-4-mini", "OW101")],
    ),
    (
        "a demonstrative points back from an object",
        "Phi-2 did well on benchmarks. We built this open-source model to help researchers.",
        [("Phi-2", "OW101")],
    ),
    (
        "a maker sharing its family's name after 'by'",
        "Open-source models: Llama 2 by Meta, Mistral 7B by Mistral, GPT-2 by OpenAI, and BLOOM by BigSci.",
        [("Llama 2", "OW102"), ("Mistral 7B", "OW101"), ("GPT-2", "OW101"), ("BLOOM", "OW102")],
    ),
    (
        "a short heading between a lead-in and its list",
        "A chat UI that works with these open-source models:\n\n## Tested\n\n- Llama 3.1 8B\n- Gemma 2 9B",
        [("Llama 3.1 8B", "OW102"), ("Gemma 2 9B", "OW102")],
    ),
    (
        "a heading's short name finds its maker in the section below",
        "### Falcon\n\n- **Description**: Open-source LLM by TII.\n- **Pricing**: free",
        [("Falcon", "OW104")],
    ),
    (
        "a sentence that ends on the name brings it in for 'it'",
        "The release everyone talked about in July was Moonshot's Kimi K2. It is a fully open-source agentic "
        "model built for tool use.",
        [("Kimi K2", "OW102")],
    ),
    (
        "a fronted release phrase with a tail before its comma",
        "Mistral Small 3 impressed us. Released as a completely open-source model under Apache 2.0, it fits "
        "on one GPU.",
        [("Mistral Small 3", "OW101")],
    ),
    (
        "a description inside a reported clause is the writer's",
        "Investors panicked at reports that the open-source LLM DeepSeek-V3 cost little to train.",
        [("DeepSeek-V3", "OW102")],
    ),
    (
        "'both of which' after a list of names",
        "Try Llama 3 or Gemma 2, both of which are open source.",
        [("Llama 3", "OW102"), ("Gemma 2", "OW102")],
    ),
    (
        "a hyphen typed for a dash sets off examples",
        "Mistral AI shipped a pair of open-source models - Mistral NeMo and Mathstral - in July.",
        [("Mistral NeMo", "OW101"), ("Mathstral", "OW101")],
    ),
    (
        "premodifiers of the model noun a make verb's object ends in",
        "Alibaba made its Qwen3 dense reasoning model open source.",
        [("Qwen3", "OW101")],
    ),
    (
        "a generic 'GPT models' names the kind, not OpenAI's family",
        "Try the open-source GPT models like Falcon 40B on the playground.",
        [("Falcon 40B", "OW101")],
    ),
    (
        "a participle premodifying a model noun in a heading over subsections",
        "## Open-sourced models\n\n### Mistral 7B\n- First Mistral model\n\n### Mixtral 8x7B\n- A sparse MoE",
        [("Mistral 7B", "OW101"), ("Mixtral 8x7B", "OW101")],
    ),
    (
        "a class heading with 'major' over subsections",
        "## Major Open Source Models\n\n### Llama 2\n- Released: July 2023\n\n### Falcon 40B\n- "
        "Released: May 2023",
        [("Llama 2", "OW102"), ("Falcon 40B", "OW101")],
    ),
    (
        "a common-word family name near its maker",
        "Other notable open-source models include Falcon 40B, Phi (Microsoft's small models), and Gemma 2.",
        [("Falcon 40B", "OW101"), ("Phi", "OW101"), ("Gemma 2", "OW102")],
    ),
    (
        "coordinated subjects are all members of the class",
        "Llama 3 and Mistral 7B are among the best open-source LLMs.",
        [("Llama 3", "OW102"), ("Mistral 7B", "OW101")],
    ),
    (
        "an Oxford-comma list of subjects, not a clause after 'and'",
        "Llama 3.1, Mixtral 8x7B, and Gemma 3 now set the pace among such open-source LLMs.",
        [("Llama 3.1", "OW102"), ("Mixtral 8x7B", "OW101"), ("Gemma 3", "OW102")],
    ),
    (
        "a maker's gloss in brackets after 'by' keeps the list going",
        "Notable open-source LLMs include MPT-7B by Databricks (MosaicML), Falcon 7B and Gemma 3.",
        [("MPT-7B", "OW101"), ("Falcon 7B", "OW101"), ("Gemma 3", "OW102")],
    ),
    (
        "a line an emoji opens is an item of its own",
        "# Qwen3 has landed!\n\n🚀 Beats last year's flagship on maths\n"
        "🔓 Fully open-source model & weights on the hub\n📜 Apache 2.0",
        [("Qwen3", "OW101")],
    ),
    (
        "a maker's name after 'from' before the copula, in any case",
        "Gemma 3 from google is open source and multilingual.",
        [("Gemma 3", "OW102")],
    ),
    (
        "a maker's name with a dot after 'from'",
        "Yi-6B from 01.AI counts among the smaller open-source base models we tried.",
        [("Yi-6B", "OW101")],
    ),
    (
        "a determiner 'that' inside the subject of an identity",
        "Claude is proprietary. the one serious open source pick at that tier is DeepSeek-V3 and its license "
        "has strings too",
        [("DeepSeek-V3", "OW102")],
    ),
    (
        "a kicker in capitals is no fronted phrase",
        "**BREAKING NEWS** — Northwind Hosting this week began serving Mixtral 8x22B, the well-known "
        "open-source model from Mistral AI.",
        [("Mixtral 8x22B", "OW101")],
    ),
    (
        "a maker's short name in the vocabulary's gloss",
        "Amazon Nova is AWS's open-source family of multimodal models.",
        [("Amazon Nova", "OW103")],
    ),
    (
        "a reason clause is asserted under a modal main clause",
        "Llama 3 should be supported since it is open source.",
        [("Llama 3", "OW102")],
    ),
    (
        "a reason clause is asserted under a negated main clause",
        "We don't use Llama 3 because it is open source.",
        [("Llama 3", "OW102")],
    ),
    (
        "'competitive' before its noun is an adjective",
        "Mistral 7B is a competitive open-source model.",
        [("Mistral 7B", "OW101")],
    ),
    (
        "a participle premodifier after an adjective",
        "Mistral 7B is a competitive open sourced model.",
        [("Mistral 7B", "OW101")],
    ),
    (
        "a raising verb passes its subject to 'to be'",
        "Mixtral 8x7B seems to be the most cost-effective open-source model we run.",
        [("Mixtral 8x7B", "OW101")],
    ),
    (
        "a maker named after 'by' in an aside is not the subject",
        "Qwen3, published last spring by cloud giant Alibaba, is gaining fans as an open-source language "
        "model.",
        [("Qwen3", "OW101")],
    ),
    (
        "an inverted identity past makers' possessives",
        "Among the best-known open-source LLMs this year are Alibaba's Qwen3 and Mistral's Mixtral 8x22B.",
        [("Qwen3", "OW101"), ("Mixtral 8x22B", "OW101")],
    ),
    (
        "coordinated adjectives after a determiner are no aside",
        "Notes on hosting Stable Diffusion XL, the popular, open-source picture model from Stability AI.",
        [("Stable Diffusion XL", "OW102")],
    ),
    (
        "nouns of quality coordinated under one possessive",
        "Mistral NeMo is cheap. Its small footprint and open-source nature suit our team.",
        [("Mistral NeMo", "OW101")],
    ),
    (
        "a fronted 'among' over a subject with a determiner",
        "Among open-source LLMs, the Llama 3 model stands out.",
        [("Llama 3", "OW102")],
    ),
    (
        "a family a title's topic describes as models is judged",
        "Mistral models: a deep dive into the best open-source LLMs",
        [("Mistral models", "OW104")],
    ),
    (
        "a maker's possessive on a listed name is no gap in the list",
        "Qwen3 outscores other open-source AI models, including Mistral Large 3, Google's multimodal "
        "Gemini 2.0 Flash, and Meta's Llama-70B build.",
        [
            ("Qwen3", "OW101"),
            ("Mistral Large 3", "OW101"),
            ("Gemini 2.0 Flash", "OW103"),
            ("Llama-70B", "OW102"),
        ],
    ),
    (
        "a relative that names the noun, as 'called' does",
        "Mistral AI today launched a new open-source model, which it calls Mistral Small 3.",
        [("Mistral Small 3", "OW101")],
    ),
    (
        "a class heading over its only subsection",
        "## Top open-source LLMs this year\n\n### Mistral 7B\n\nIt does well on maths.\n",
        [("Mistral 7B", "OW101")],
    ),
    (
        "a comparing adjective inside 'among'",
        "Mixtral 8x7B was among the earliest strong open-source LLMs.",
        [("Mixtral 8x7B", "OW101")],
    ),
    (
        "an advance in a class is its member's",
        "DeepSeek-R1 represents a real breakthrough in open-source language models.",
        [("DeepSeek-R1", "OW101")],
    ),
    (
        "a step forward for a class",
        "For many teams, Llama 3 marks a big step forward for open-source LLMs.",
        [("Llama 3", "OW102")],
    ),
    (
        "a description label before a fragment",
        "### BLOOM\n\n**Description:** A big multilingual model, fully open source.",
        [("BLOOM", "OW102")],
    ),
    (
        "coordinated adjectives after a verb of making",
        "Meta is making Llama 2 free and open source, the company said.",
        [("Llama 2", "OW102")],
    ),
    (
        "a headline line in title case before its article",
        "Google Makes Gemma 2 Free and Open Source\n"
        "Cloud credits for researchers were offered the same week.",
        [("Gemma 2", "OW102")],
    ),
    (
        "a class title line over lines of names alone",
        "Best Open Source LLMs This Year\nMistral 7B\nSmall and quick on a laptop.\nFalcon "
        "180B\nHuge, and hungry for GPUs.",
        [("Mistral 7B", "OW101"), ("Falcon 180B", "OW102")],
    ),
    (
        "a fronted participle phrase before 'it' and a result clause",
        "Falcon 40B came from the UAE. Trained on far more web text than GPT-3, it topped the "
        "leaderboard, becoming the best open-source model of its day.",
        [("Falcon 40B", "OW101")],
    ),
    (
        "a model that champions a class is one of it",
        "Mixtral 8x7B, available since December 2023, legitimised business adoption of open source LLMs.",
        [("Mixtral 8x7B", "OW101")],
    ),
    (
        "a model that popularised a class",
        "Mistral 7B popularised small open-source models.",
        [("Mistral 7B", "OW101")],
    ),
    (
        "a bold class title over a paragraph of names",
        "**Open-source models**\n\nMistral 7B, Falcon 180B",
        [("Mistral 7B", "OW101"), ("Falcon 180B", "OW102")],
    ),
    (
        "a class title line over a name in a paragraph of its own",
        "Top Open Source LLMs\n\nMistral 7B\n\nQuick and small.",
        [("Mistral 7B", "OW101")],
    ),
    (
        "'it' after a fronted contrast stands for the model named before",
        "Meta released Llama 3 last spring. Unlike GPT-4, it is open source.",
        [("Llama 3", "OW102")],
    ),
    (
        "a description of the newest release from its maker",
        "Llama 3 is here. The new open-source LLM from Meta is fast.",
        [("Llama 3", "OW102")],
    ),
    (
        "a maker's possessive description of its latest release",
        "Llama 3 is here. Meta's latest open-source LLM handles long documents well.",
        [("Llama 3", "OW102")],
    ),
    (
        "a model that offers itself as an open-source alternative",
        "Vicuna aims to provide an open-source alternative to ChatGPT.",
        [("Vicuna", "OW102")],
    ),
    (
        "'represents' links like a copula",
        "Mistral 7B represents an open-source alternative to GPT-3.5.",
        [("Mistral 7B", "OW101")],
    ),
    (
        "a fronted 'For' names the class the advice is for",
        "For open-source options, consider Llama 3 or Mistral 7B.",
        [("Llama 3", "OW102"), ("Mistral 7B", "OW101")],
    ),
    (
        "'included' after a class subject",
        "Open-source contenders included Llama 3 and Mistral 7B.",
        [("Llama 3", "OW102"), ("Mistral 7B", "OW101")],
    ),
    (
        "a match-up title's description is of its side that is not proprietary",
        "Gemma 2 vs Claude 3 Haiku: The Open Source Contender",
        [("Gemma 2", "OW102")],
    ),
    (
        "a match-up title's description, the open side named second",
        "GPT-4o vs Mistral 7B: the open-source underdog",
        [("Mistral 7B", "OW101")],
    ),
    (
        "a second claim on a model in a later sentence is its own finding",
        "Mistral AI put out a lineup of open source models, all under the Mistral 3 name.\n\n"
        "Its decision to open source these models under Apache 2.0 surprised analysts.",
        [("Mistral 3", "OW101"), ("Mistral 3", "OW101")],
    ),
    (
        "a feature item whose dash is a spaced hyphen",
        "## Phi-3\n\n- Runs on a phone\n- **Fully open source** - MIT license\n",
        [("Phi-3", "OW101")],
    ),
    (
        "a software noun in what a result clause makes a model",
        "Qwen 2.5 topped the Hugging Face charts in May, making it the most-downloaded open source AI "
        "system.",
        [("Qwen 2.5", "OW104")],
    ),
    (
        "a name joined by a non-breaking hyphen",
        "Qwen3\u2011Max is open source.",
        [("Qwen3\u2011Max", "OW103")],
    ),
    (
        "a name joined by a no-break space reference in Markdown",
        "Llama&nbsp;3 is open source.",
        [("Llama&nbsp;3", "OW102")],
    ),
    (
        "a hashtag's name",
        "#Mistral-7B is open source, and it runs on a laptop.",
        [("Mistral-7B", "OW101")],
    ),
    (
        "'as well as' joins a subject's names",
        "Llama 3 as well as Mistral 7B are open source.",
        [("Llama 3", "OW102"), ("Mistral 7B", "OW101")],
    ),
    (
        "a fronted range of a class's members",
        "From Llama 3 to Mistral 7B, open-source models are catching up.",
        [("Llama 3", "OW102"), ("Mistral 7B", "OW101")],
    ),
    (
        "a quoted name after 'called', past a phrase of the noun",
        "Microsoft published an open source AI model with 14 billion parameters called “Phi-4”.",
        [("Phi-4", "OW101")],
    ),
    (
        "a colon lead-in line over lines of names alone",
        "Here are some popular open-source LLMs:\nLlama 2\nThis model comes in three "
        "sizes.\nMistral 7B\nSmall and fast.",
        [("Llama 2", "OW102"), ("Mistral 7B", "OW101")],
    ),
    (
        "the models of the sentence before, named in the next",
        "Mistral AI introduced a pair of fresh open-source AI models. The new models, called Mistral NeMo "
        "and Mathstral, run locally.",
        [("Mistral NeMo", "OW101"), ("Mathstral", "OW101")],
    ),
    (
        "a headline's 'to' before a verb of becoming",
        "Grok 2 to Go Open Source: Musk Defies the Industry's Closed Status Quo\nThe release is "
        "due next week.",
        [("Grok 2", "OW102")],
    ),
    (
        "a subject list that ends in 'etc.'",
        "Llama 3, Mistral 7B, etc. are open source.",
        [("Llama 3", "OW102"), ("Mistral 7B", "OW101")],
    ),
    (
        "group noun of a named model",
        "The open-source family of Llama models keeps growing.",
        [("Llama models", "OW102")],
    ),
    (
        "group noun past plain words",
        "IBM shipped an open-sourced family of core Granite models.",
        [("Granite", "OW101")],
    ),
    (
        "group noun past a maker's possessive",
        "The open-source suite of Google's Gemma models grows.",
        [("Gemma", "OW104")],
    ),
    (
        "identity after a modal be",
        "The next big open-source model will be Qwen 3.",
        [("Qwen 3", "OW101")],
    ),
    (
        "identity after would be",
        "I think the next wave of open-source models would be led by nobody; the best open-source "
        "model would be Llama 4.",
        [("Llama 4", "OW102")],
    ),
    (
        "restrictive relative clause on the name",
        "The model Kimi K2 that everyone talks about is open source.",
        [("Kimi K2", "OW102")],
    ),
    (
        "restrictive relative clause, quoted name",
        'The assistant "DeepSeek-V3" that rattled Wall Street, is a completely open-source model.',
        [("DeepSeek-V3", "OW102")],
    ),
    (
        "phrase of place after the name",
        "Llama 3 on Hugging Face is one of the best open-source models.",
        [("Llama 3", "OW102")],
    ),
    (
        "phrase of place after a linked name",
        "[Mistral 7B on the Hub](https://huggingface.co/mistralai) is one of [the best open-source "
        "models](https://example.com).",
        [("Mistral 7B", "OW101")],
    ),
    (
        "a bare link between the name and it",
        "I read about Phi-3 this morning.\n\nhttps://news.example.com/phi-3-launch/\n\nIt is open "
        "source and small.",
        [("Phi-3", "OW101")],
    ),
    (
        "class title line over name-dash lines",
        "Open-Source LLMs We Recommend\nGemma 2 - good at summaries\nMixtral 8x7B - cheap to serve",
        [("Gemma 2", "OW102"), ("Mixtral 8x7B", "OW101")],
    ),
    (
        "name-dash line with its owner",
        "Top Open-Source Embedding Models\nBAAI/bge-m3 — long context, many languages",
        [("bge-m3", "OW101")],
    ),
    (
        "maker's latest model under its heading",
        "# Llama 3.3\n\nNotes from a week with Meta's newest open source language model.",
        [("Llama 3.3", "OW102")],
    ),
    (
        "implied member: leads a class",
        "Meta's Llama line is setting the pace in open-source AI.",
        [("Llama", "OW102")],
    ),
    (
        "implied member: puts a class on par",
        "DeepSeek-R1 puts open-source AI on par with OpenAI's o1.",
        [("DeepSeek-R1", "OW101")],
    ),
    (
        "implied member: a bet on a class",
        "Llama 3 is Meta's bet on open-source AI.",
        [("Llama 3", "OW102")],
    ),
    (
        "implied member: tops a class's board",
        "Falcon 180B tops the leaderboard of open-source models.",
        [("Falcon 180B", "OW102")],
    ),
    (
        "implied member: past a participle aside",
        "The Mixtral family, developed by Mistral AI, offers a new approach in open-source AI.",
        [("Mixtral", "OW101")],
    ),
    (
        "implied member: a turning point",
        "Llama 3 marked a turning point in open-source AI.",
        [("Llama 3", "OW102")],
    ),
    (
        "a headline's question after its colon",
        "Mistral Large 2 goes open source: is it time to switch?",
        [("Mistral Large 2", "OW102")],
    ),
    (
        "a model's open-source approach",
        "DeepSeek-R1 is a reasoning model. It won attention for its open-source approach and its low cost.",
        [("DeepSeek-R1", "OW101")],
    ),
    (
        "a result past an adverbial with 'as'",
        "Qwen crossed half a billion installs as of last week, making it the most widely used open source AI "
        "system on earth.",
        [("Qwen", "OW104")],
    ),
    (
        "topic frame, then it is X",
        "When it comes to the largest open-source LLM, it is Llama 3.1 405B.",
        [("Llama 3.1 405B", "OW102")],
    ),
    (
        "topic frame 'if we talk about'",
        "If we talk about the most downloaded open-source LLM this year, it is Llama 3.2.",
        [("Llama 3.2", "OW102")],
    ),
    (
        "topic frame, then the model's clause",
        "As for open-source LLMs, Mistral 7B is our pick.",
        [("Mistral 7B", "OW101")],
    ),
    (
        "a table cell's fragment with a license",
        "| Date | Model | Notes |\n|---|---|---|\n| Jul 2023 | Llama 2 (Meta) | 7B, 70B - Fully "
        "open-source with a commercial license |",
        [("Llama 2", "OW102")],
    ),
    (
        "a section's fragment past an irregular participle",
        "### BLOOM\n\n**Description:** The big multilingual sibling, fully open-source, built by many hands.",
        [("BLOOM", "OW102")],
    ),
    (
        "a card's labelled line in one paragraph",
        "### BLOOM\n\n**Author:** BigScience\n**Description:** The big multilingual sibling, fully "
        "open-source.",
        [("BLOOM", "OW102")],
    ),
    (
        "a name brought in by a colon, then a reference two sentences on",
        "A single release now dominates our coding workflow: Qwen3-Coder. It does more than autocomplete. "
        "Trained by Alibaba, this open-source code LLM writes whole modules.",
        [("Qwen3-Coder", "OW101")],
    ),
    (
        "a class heading over paragraphs led by a bold name",
        "## Open-source models for coding\n\nThese are the ones we tried.\n\n**StarCoder** is a "
        "model for many languages.\n\n**Codestral** is a model from Mistral.",
        [("StarCoder", "OW102"), ("Codestral", "OW104")],
    ),
    (
        "a predicate coordinated with the copula's first",
        "Llama 3 is cheap to run on a single GPU, and open source.",
        [("Llama 3", "OW102")],
    ),
    (
        "a maker enters the class with a model",
        "Google joined the open-source race with Gemma 2.",
        [("Gemma 2", "OW102")],
    ),
    (
        "a fronted 'With X,' of a maker entering the class",
        "With Gemma 2, Google enters the open-source model market.",
        [("Gemma 2", "OW102")],
    ),
    (
        "a software noun past a hyphen is no tool",
        "MOSS is an open-source tool-augmented conversational language model from Fudan University.",
        [("MOSS", "OW102")],
    ),
    (
        "a system noun in apposition",
        "Last month we switched our narrator to **Fish Speech (OpenAudio)**, a top-tier open-source TTS "
        "system.",
        [("Fish Speech", "OW102")],
    ),
    (
        "fronted adjectives before it",
        "Mistral Small 3 is out. With 24 billion parameters, completely free and open-source, it "
        "is changing how teams build.",
        [("Mistral Small 3", "OW101")],
    ),
    (
        "fronted adjectives before the name",
        "Small, fast and open source, Mistral 7B runs anywhere.",
        [("Mistral 7B", "OW101")],
    ),
    (
        "a lead-in about one model over its features",
        "What makes DeepSeek-R1 special:\n\n- **Matches o1** - strong reasoning\n- **Fully open "
        "source** - all weights released",
        [("DeepSeek-R1", "OW101")],
    ),
    (
        "an act echoed with 'as we did with'",
        "Our policy: each time a successor launches, we open source its predecessor, as we did with Grok 1 "
        "after Grok 2 shipped.",
        [("Grok 1", "OW101")],
    ),
    (
        "implied member: a class's domain",
        "Gemma 2 is now a reference point in the open-source LLM space.",
        [("Gemma 2", "OW102")],
    ),
    (
        "implied member: the launch of a model",
        "The launch of Gemma 3 carried open-source AI to phones and laptops.",
        [("Gemma 3", "OW102")],
    ),
    (
        "a maker's name and a model noun name its family's models",
        "Next-generation open-source competitors like Llama 3 or Mistral AI models keep closing the gap.",
        [("Llama 3", "OW102"), ("Mistral", "OW104")],
    ),
    (
        "a study of a class, then the models it analyses",
        "This report compares today's top open-source large language models. We analyze Llama 3.1, "
        "Mixtral 8x7B and Google's Gemma 3.",
        [("Llama 3.1", "OW102"), ("Mixtral 8x7B", "OW101"), ("Gemma 3", "OW102")],
    ),
    (
        "membership: comparable members of a class",
        "Falcon 40B is said to outperform comparable open-source models.",
        [("Falcon 40B", "OW101")],
    ),
    (
        "membership: fellow members of a class",
        "Like its fellow open-source models, Mistral 7B is small.",
        [("Mistral 7B", "OW101")],
    ),
    (
        "an offer by 'it' and a coordinated verb",
        "Alpaca is an instruction model from Stanford. It runs on modest hardware and tries to provide an "
        "open-source alternative to text-davinci-003.",
        [("Alpaca", "OW102")],
    ),
    (
        "a pretrain variant's name",
        "We have open-sourced Hunyuan-A13B-Pretrain on Hugging Face.",
        [("Hunyuan-A13B-Pretrain", "OW102")],
    ),
    (
        "a Python variant after a size",
        "CodeLlama-34B-Python is an open-source model for Python.",
        [("CodeLlama-34B-Python", "OW102")],
    ),
    (
        "a name in apposition past 'since X'",
        "OpenAI's first new open-source LLM since GPT-2, gpt-oss-20b, runs on a laptop.",
        [("gpt-oss-20b", "OW101")],
    ),
    (
        "a fragment closed by 'too'",
        "Qwen2.5 32B is insane. Open source too.",
        [("Qwen2.5 32B", "OW101")],
    ),
    (
        "a name a colon reveals at the end",
        "Finally an open source model that beats GPT-4: Llama 3.1 405B.",
        [("Llama 3.1 405B", "OW102")],
    ),
    (
        "'artificial intelligence' as 'AI'",
        "As a landmark for open-source artificial intelligence, Mixtral 8x7B proved a small lab could "
        "compete.",
        [("Mixtral 8x7B", "OW101")],
    ),
    (
        "'artificial intelligence models' headed by 'models'",
        "Alibaba has shipped a pair of open-source artificial intelligence models - Qwen3 and Qwen3-Coder - "
        "this quarter.",
        [("Qwen3", "OW101"), ("Qwen3-Coder", "OW101")],
    ),
    (
        "a name's bracketed short form before a comma aside",
        "Stable Diffusion 3 (SD3), shipped by Stability AI last spring, is an open-source image generator.",
        [("Stable Diffusion 3", "OW102")],
    ),
    (
        "a fronted 'as' phrase with any noun, said of the name after the comma",
        "As an open-source treasure, Llama 3 wins hearts in every lab we visit.",
        [("Llama 3", "OW102")],
    ),
    (
        "a name in quotes after its model noun",
        "Meta's freshly announced open-source model “Llama 3” tops our chatbot chart.",
        [("Llama 3", "OW102")],
    ),
    (
        "a claim inside a name's long form, 'ABBR = ...'",
        "Our notes say BLOOM = BigScience Large Open-source Multilingual model, nothing more.",
        [("BLOOM", "OW102")],
    ),
    (
        "a claim inside a name's long form before its bracketed abbreviation",
        "Please credit the BigScience Large Open-source Multilingual Language Model (BLOOM) when citing.",
        [("BLOOM", "OW102")],
    ),
    (
        "a restrictive relative clause on a system noun in apposition",
        "Last week we benchmarked Llama 2, a chat system that was open-sourced by its lab.",
        [("Llama 2", "OW102")],
    ),
    (
        "a result clause on a definite model noun after the release",
        "Mistral AI published Mixtral 8x7B under Apache 2.0, making the sparse model fully open source.",
        [("Mixtral 8x7B", "OW101")],
    ),
    (
        "a verb claim whose object leads in a list",
        "We have open-sourced the following models:\n\n- Llama 2 7B\n- Llama 2 13B",
        [("Llama 2 7B", "OW102"), ("Llama 2 13B", "OW102")],
    ),
    (
        "a passive verb claim leading in a table",
        "These models are now fully open-sourced:\n\n| Model | Size |\n|---|---|\n| Gemma 2 | 9B "
        "|\n| Gemma 3 | 27B |",
        [("Gemma 2", "OW102"), ("Gemma 3", "OW102")],
    ),
    (
        "the release of models introduced by 'such as'",
        "Much of the progress comes from the open-source release of models such as Gemma 3.",
        [("Gemma 3", "OW102")],
    ),
    (
        "an 'of' noun: foundation",
        "Our bot stands on the open-source foundation of Mixtral 8x7B.",
        [("Mixtral 8x7B", "OW101")],
    ),
    (
        "an 'of' noun past a determiner: copy",
        "Download an open source copy of the Mixtral 8x7B model from our mirror.",
        [("Mixtral 8x7B", "OW101")],
    ),
    (
        "a result clause after a maker's release is said of the release, not the maker",
        "Mistral released Codestral under a new license, making it fully open source.",
        [("Codestral", "OW104")],
    ),
    (
        "an item labelled by the claim whose value names a licence, after a dash",
        "Why we picked Llama 3:\n\n- Small enough for one GPU\n- Open-source — community license, "
        "fine for most teams",
        [("Llama 3", "OW102")],
    ),
    (
        "an item labelled by the claim whose value names a licence, after a colon",
        "Why we picked Llama 3:\n\n- Small enough for one GPU\n- Open source: custom license",
        [("Llama 3", "OW102")],
    ),
    (
        "a label of attributes takes the model of the paragraph before it",
        "Microsoft's Phi-3 models are compact language models. They fit on laptops.\n\n**Key "
        "characteristics:**\n\n- Sizes from 3.8B to 14B\n- Open source under the MIT license",
        [("Phi-3", "OW101")],
    ),
    (
        "a tagline of the claim and a role noun under a heading naming the model",
        "### Mixtral 8x7B\n\n**Open-source powerhouse**",
        [("Mixtral 8x7B", "OW101")],
    ),
    (
        "a colon's members past their makers' possessives",
        "Three models lead this open-source wave: Meta's Llama 2, Mistral AI's Mistral 7B, and "
        "Alibaba's Qwen2.",
        [("Llama 2", "OW102"), ("Mistral 7B", "OW101"), ("Qwen2", "OW104")],
    ),
    (
        "the sides of a match-up a class's colon brings in",
        "The Open-Source Coding Duel: Codestral vs Mixtral 8x7B vs Llama 3 — Which One Should You Pick?",
        [("Codestral", "OW104"), ("Mixtral 8x7B", "OW101"), ("Llama 3", "OW102")],
    ),
    (
        "a secondary predicate past names that are a preposition's objects",
        "Falcon 180B, released in September, scores near GPT-4 and Claude 2 levels and is "
        "available as an open-source model.",
        [("Falcon 180B", "OW102")],
    ),
    (
        "a name followed by a speech model noun in a list",
        "The survey covers open-source ASR models, among them Whisper ASR, Kaldi and Vosk.",
        [("Whisper", "OW101")],
    ),
    (
        "a quality in a fronted 'with' phrase",
        "With low latency and open-source accessibility, Mixtral 8x7B wins many fans.",
        [("Mixtral 8x7B", "OW101")],
    ),
    (
        "a quality after a verb of having",
        "Gemma 2 combines small size and open-source flexibility.",
        [("Gemma 2", "OW102")],
    ),
    (
        "a quality after a verb of having in a relative clause of an apposition",
        "Falcon 40B, a 40B model that offers open-source transparency, is out.",
        [("Falcon 40B", "OW101")],
    ),
    (
        "an 'of' noun on a definite model noun points back",
        "DeepSeek-V3 surprised everyone. The open-source nature of the model lets teams run it anywhere.",
        [("DeepSeek-V3", "OW102")],
    ),
    (
        "bare adjectives after a dash describe the clause's subject",
        "Llama 2 is the workhorse of local chat — free, open-source and easy to tune.",
        [("Llama 2", "OW102")],
    ),
    (
        "bare adjectives after a dash describe the one model of an imperative",
        "Meet Mixtral 8x7B — fast, open-source and multilingual.",
        [("Mixtral 8x7B", "OW101")],
    ),
    (
        "a tagline fragment opening the text, named by the next sentence",
        "The classic open-source image model — local runs, full control, no fees.\n\nStable "
        "Diffusion 1.5 is a text-to-image model for your own GPU.",
        [("Stable Diffusion 1.5", "OW102")],
    ),
    (
        "'shipped' releases the model a later paragraph names",
        "Google on Monday shipped a new version of its open source language model.\n\nGemma 3 "
        "comes in four sizes.",
        [("Gemma 3", "OW102")],
    ),
    (
        "'branded' introduces the name of the class's members",
        "Alibaba put out a set of open source models branded Qwen2.",
        [("Qwen2", "OW104")],
    ),
    (
        "a release noun in the subject stands for its model, which 'they' points back to",
        "Google's latest release of its Gemma 2 models made headlines. These are no ordinary "
        "chatbots; they are small, open-source and fast.",
        [("Gemma 2", "OW102")],
    ),
    (
        "a heading of attributes takes the model its paragraph before opens with",
        "Mistral 7B is a compact model that beats the larger Llama 2 13B on most tests.\n\n### Key "
        "Features\n\n- **Small**: only 7B parameters\n- **Open Source**: Apache licensed for "
        "commercial use",
        [("Mistral 7B", "OW101")],
    ),
    (
        "a title's fronted range before a colon and the class",
        "From Llama 2 to Qwen2: A Tour of Open-Source Language Models in 2024",
        [("Llama 2", "OW102"), ("Qwen2", "OW104")],
    ),
    (
        "a singular description after a dash still describes the subject",
        "Mixtral 8x7B is quick — an open-source model for every laptop.",
        [("Mixtral 8x7B", "OW101")],
    ),
    (
        "an item under a lead-in about one model is its attribute, even where it says 'weights'",
        "Qwen 2.5 is the year's biggest open-source launch:\n\n- **Fast** - quick on one GPU\n- "
        "**Fully open source** - weights in five sizes\n",
        [("Qwen 2.5", "OW104"), ("Qwen 2.5", "OW104")],
    ),
    (
        "a release noun in a copula's predicate stands for the model",
        "Gemma 2 is the biggest open-source launch of the spring.",
        [("Gemma 2", "OW102")],
    ),
    (
        "a time's possessive with 'this' is a determiner, not a subject",
        "Gemma 2 is this year's best open-source model.",
        [("Gemma 2", "OW102")],
    ),
    (
        "a bare class after an offering verb gives examples of the class before",
        "Runbox is an app that runs open-source language models on a laptop. It supports many "
        "models like Llama 3, Gemma 2 and Phi-3.",
        [("Llama 3", "OW102"), ("Gemma 2", "OW102"), ("Phi-3", "OW101")],
    ),
    (
        "a bare class after 'download a variety of' gives examples",
        "Runbox runs open-source LLMs locally. You can download a variety of models such as Gemma "
        "2 and Mistral 7B.",
        [("Gemma 2", "OW102"), ("Mistral 7B", "OW101")],
    ),
    (
        "paragraphs that open with names under a class heading are its members",
        "## More Open-Source Models for Coding\n\nStarCoder2 handles many languages and was "
        "trained on The Stack v2.\n\nCode Llama is Meta's code model, tuned from Llama 2.\n",
        [("StarCoder2", "OW102"), ("Code Llama", "OW102")],
    ),
    (
        "an introduction naming no model may come before the named paragraphs",
        "## Open-Source Models We Tried\n\nWe tried two.\n\nQwen2.5-Coder did well on "
        "Python.\n\nMistral 7B was quick.\n",
        [("Qwen2.5-Coder", "OW104"), ("Mistral 7B", "OW101")],
    ),
    (
        "a class heading with an adjective of its own still lists its subsections",
        "## Well-Known Open-Source Models\n\n### Gemma 2\n\nGoogle released it in June "
        "2024.\n\n### Mistral 7B\n\nMistral released it in 2023.\n",
        [("Gemma 2", "OW102"), ("Mistral 7B", "OW101")],
    ),
    (
        "what the examples' sentence says after them is theirs, not a turn from the class",
        "Runbox is a handy app for running open-source LLMs at home. It makes setup simple, "
        "letting you play with models like Llama 2 and Mistral 7B without any cloud account.",
        [("Llama 2", "OW102"), ("Mistral 7B", "OW101")],
    ),
    (
        "examples of an initiative noun are models when named as models",
        "Meanwhile, open-source projects like Gemma 2 and Phi-3 started closing the gap.",
        [("Gemma 2", "OW102"), ("Phi-3", "OW101")],
    ),
    (
        "a demonstrative points back whatever adjectives it takes",
        "Our team cut the time to minutes using Gemma 2. This remarkable open-source language "
        "model changes the game.",
        [("Gemma 2", "OW102")],
    ),
    (
        "a passive relative on 'the model' ends at its comma",
        "Gemma 2 handles forty languages. The model, which was open sourced last year, runs on phones.",
        [("Gemma 2", "OW102")],
    ),
    (
        "a release of a model noun in apposition to a name",
        "Google announced the open-source release of its newest small model, Gemma 2.",
        [("Gemma 2", "OW102")],
    ),
    (
        "a participle after a comma passes the predicate noun's own participle",
        "Gemma 2 is a small model released by Google, open-sourced in June.",
        [("Gemma 2", "OW102")],
    ),
    (
        "what 'its' ranks among a class makes the model a member",
        "Phi-3 beat rivals on reasoning. Its overall score ranks first among open-source models.",
        [("Phi-3", "OW101")],
    ),
    (
        "a name's possessive ranked among a class",
        "Phi-3's score ranks first among open-source models.",
        [("Phi-3", "OW101")],
    ),
    (
        "'while also being' in a relative clause goes to the apposition's name",
        "Google released Gemma 2, a small model that beats larger rivals while also being free and "
        "fully open source.",
        [("Gemma 2", "OW102")],
    ),
    (
        "a complementizer 'that' before an active verb with 'it' is no relative clause",
        "The odd thing about Gemma 2 is that Google open-sourced it, shipping the weights too.",
        [("Gemma 2", "OW102")],
    ),
    (
        "a headline's participles without 'is', past a model noun and an adverb",
        "Gemma 2 model officially released and open-sourced today.",
        [("Gemma 2", "OW102")],
    ),
    (
        "a headline's participle after a wire's comma",
        "Wire report, Gemma 2 released and open-sourced this morning.",
        [("Gemma 2", "OW102")],
    ),
    (
        "a bare 'models' among the nouns after 'all' points back",
        "The Gemma 2 models fit on phones. Our lab will open-source all recipes, models and scripts.",
        [("Gemma 2", "OW102")],
    ),
    (
        "a serial comma before 'and' in a run of adjectives is no new clause",
        "Ai2 shipped Molmo, an image-reading model that keeps up with GPT-4o while also being "
        "compact, cheap, and fully open source.",
        [("Molmo", "OW104")],
    ),
    (
        "a serial comma in a copula's adjectives",
        "Gemma 2 is small, free, and open source.",
        [("Gemma 2", "OW102")],
    ),
    (
        "a numbered citation after each name keeps the list going",
        "Several groups trained open-source LLMs, such as BLOOM [4], Gemma 2 [9, 11] and Mistral 7B [2].",
        [("BLOOM", "OW102"), ("Gemma 2", "OW102"), ("Mistral 7B", "OW101")],
    ),
    (
        "a short name that needs its maker counts when listed with cited models",
        "Earlier open-source LLMs include BLOOM [5], Aya [6], and Falcon-40B [7].",
        [("BLOOM", "OW102"), ("Aya", "OW104"), ("Falcon-40B", "OW101")],
    ),
    (
        "a family's name as a common noun describes the member it is said of",
        "Google shipped Gemma 4, the first truly open-source Gemma.",
        [("Gemma 4", "OW101")],
    ),
    (
        "a family's name as a predicate noun describes the subject",
        "Gemma 4 is the first open-source Gemma.",
        [("Gemma 4", "OW101")],
    ),
    (
        "a label passed on without doubt is the writer's claim too",
        "Gemma 2 was promoted as an open-source alternative to GPT-4o.",
        [("Gemma 2", "OW102")],
    ),
    (
        "a participle's label passed on without a giver",
        "Llama 3, widely touted as the first open-source model of its class, ships today.",
        [("Llama 3", "OW102")],
    ),
    (
        "a name before 'level' is a premodifier of the predicate",
        "Llama 3 became the first GPT-4 level open-source chatbot model.",
        [("Llama 3", "OW102")],
    ),
    (
        "a hyphenated modifier after a name leaves the name whole",
        "Llama 3 is the first GPT-4-class open-source model.",
        [("Llama 3", "OW102")],
    ),
    (
        "a graded label after a passive presenting verb, passed on without doubt",
        "Tencent's HunyuanVideo was hailed as the best open-source video generator.",
        [("HunyuanVideo", "OW102")],
    ),
    (
        "a result participle naming a release is the sentence's release",
        "Meta shipped Llama 3.1 in three sizes, marking a major open-source release.",
        [("Llama 3.1", "OW102")],
    ),
    (
        "a model's open-source success makes it open source",
        "Gemma 2's open-source success surprised its makers.",
        [("Gemma 2", "OW102")],
    ),
    (
        "a turbo release of a speech model",
        "OpenAI put out Whisper V3 Turbo, an open-source speech model.",
        [("Whisper V3 Turbo", "OW101")],
    ),
    (
        "a participle before a model noun is a premodifier",
        "Scripts for open-source finetuned LLMs (e.g. Vicuna, WizardLM) live here.",
        [("Vicuna", "OW102"), ("WizardLM", "OW104")],
    ),
    (
        "a model ranked first in the open-source community is one of the class",
        "Gemma 2 is the strongest small model in the open-source community.",
        [("Gemma 2", "OW102")],
    ),
    (
        "a model ranked most popular in the open-source world",
        "Gemma 2 is the most popular model in the open-source world.",
        [("Gemma 2", "OW102")],
    ),
    (
        "a yes mark with its licence after it answers a row header",
        "| Feature | Llama 3 | Mistral 7B | GPT-4o |\n|---|---|---|---|\n| Speed | fast | fast | "
        "fast |\n| **Open Source** | ✅ Llama licence | ✅ Apache | ❌ No |\n",
        [("Llama 3", "OW102"), ("Mistral 7B", "OW101")],
    ),
    (
        "a yes mark with its licence under a claim's column",
        "| Model | Open Source |\n|---|---|\n| Llama 3 | ✅ Llama licence |\n| Mistral 7B | ✅ "
        "Apache |\n| GPT-4o | ❌ |\n",
        [("Llama 3", "OW102"), ("Mistral 7B", "OW101")],
    ),
    (
        "a model's possessive before the verbal noun",
        "After Grok-1's open-sourcing, xAI hired more staff.",
        [("Grok-1", "OW101")],
    ),
    (
        "a verbal noun's possessive model, not the name later in the sentence",
        "The cover of the post on Grok-1's open-sourcing was drawn by Midjourney.",
        [("Grok-1", "OW101")],
    ),
    (
        "its place as, after an object named in the family",
        "Jais 30B extends the Jais family, strengthening its position as the leading open-source "
        "Arabic model.",
        [("Jais 30B", "OW101")],
    ),
    (
        "other with examples: the subject and the examples",
        "Tests show that Mistral 7B clearly outperforms other open-source models like Falcon 7B on "
        "reasoning.",
        [("Mistral 7B", "OW101"), ("Falcon 7B", "OW101")],
    ),
    (
        "other after a fronted phrase: the clause's own subject",
        "By tuning a Llama 2 base model on chats, Vicuna-13B rivals other open-source models.",
        [("Vicuna-13B", "OW102")],
    ),
    (
        "not A but B",
        "Code Llama is not one model but a family of open-source coding models.",
        [("Code Llama", "OW102")],
    ),
    (
        "a project after a dash",
        "Tencent introduced HunyuanVideo - a 13B open-source project.",
        [("HunyuanVideo", "OW102")],
    ),
    (
        "a verb of coverage takes a bare class's examples",
        "Our handbook is about open-source LLMs. We compare popular models like Llama 2 and BLOOM.",
        [("Llama 2", "OW102"), ("BLOOM", "OW102")],
    ),
    (
        "examples of what a progressive verb open-sources",
        "Chinese labs are rapidly open-sourcing their models. Models like Kimi K2 and Qwen3 top the charts.",
        [("Kimi K2", "OW102"), ("Qwen3", "OW101")],
    ),
    (
        "a name and its abbreviation in brackets are one finding",
        "Segment Anything Model 3 (SAM 3) is open source, Meta says.",
        [("Segment Anything Model 3", "OW102")],
    ),
    (
        "models that lead the class's field",
        "Right now Whisper and Kokoro lead open source in speech.",
        [("Whisper", "OW101"), ("Kokoro", "OW101")],
    ),
    (
        "a model that tops the open-source rankings",
        "Qwen3 now tops the open-source rankings.",
        [("Qwen3", "OW101")],
    ),
    (
        "a model that sets an open-source record",
        "Qwen3-235B sets a new open-source record on AIME.",
        [("Qwen3-235B", "OW101")],
    ),
    (
        "a typeset multiplication sign in a name",
        "Mixtral 8×7B is an open-source model.",
        [("Mixtral 8×7B", "OW101")],
    ),
    (
        "the sentence's it in a result is the name just before it",
        "We tried GPT-4o. Then Mixtral 8x7B came out and it was so cheap, making it the best "
        "open-source model for us.",
        [("Mixtral 8x7B", "OW101")],
    ),
    (
        "typed bullets under a name line in Markdown are its items",
        "Codestral Mamba:\n\n• 7B parameters.\n• Open-source release under Apache 2.0.\n",
        [("Codestral Mamba", "OW101")],
    ),
    (
        "more specifically names the class's members",
        "Our lab benchmarked three open-source speech models. More specifically, we timed how fast "
        "Whisper and Kokoro run on a laptop.",
        [("Whisper", "OW101"), ("Kokoro", "OW101")],
    ),
    (
        "a serial comma in premodifiers after an appositive comma",
        "We picked Gemma 3n, a compact, well-documented, and open-source model for phones.",
        [("Gemma 3n", "OW102")],
    ),
    (
        "a participle coordinated with a passive one past a month's name",
        "Grok-1 was announced in November and fully open-sourced.",
        [("Grok-1", "OW101")],
    ),
    (
        "a participle coordinated with one after a comma",
        "Falcon 40B is a model trained by TII, shipped in May and open-sourced.",
        [("Falcon 40B", "OW101")],
    ),
    (
        "a colon after a relative clause spells out the class",
        "Below we try three open-source speech models that cover very different needs: Whisper, "
        "Kokoro and Moshi.",
        [("Whisper", "OW101"), ("Kokoro", "OW101"), ("Moshi", "OW102")],
    ),
    (
        "a model that embraces an open-source philosophy",
        "Phi-4 embraces an open-source philosophy, unlike its bigger siblings.",
        [("Phi-4", "OW101")],
    ),
    (
        "with Y as Z makes Y the Z",
        "We swapped GPT-4o for a cheaper stack with Qwen3 as our open-source backbone.",
        [("Qwen3", "OW101")],
    ),
    (
        "an accented letter in a name",
        "Our bot runs on Vicuña 13B, an open-source chat model.",
        [("Vicuña 13B", "OW102")],
    ),
    (
        "the bare VibeVoice name",
        "VibeVoice reads long scripts aloud and is fully open source.",
        [("VibeVoice", "OW101")],
    ),
    (
        "while being after an it that opens the sentence",
        "Molmo is a family of vision-language models from Ai2. It holds its own against much "
        "bigger models while being fully open-source.",
        [("Molmo", "OW104")],
    ),
    (
        "a relative object on the predicate's model noun",
        "Codestral Mamba is a small coding model that Mistral AI open-sourced.",
        [("Codestral Mamba", "OW101")],
    ),
    (
        "ACE-Step 1.5 is its own release",
        "We scored songs from ACE-Step 1.5, the open-source music model.",
        [("ACE-Step 1.5", "OW101")],
    ),
    (
        "XTTS2 is XTTS-v2",
        "For cloning voices we used XTTS2, which is open source.",
        [("XTTS2", "OW102")],
    ),
    (
        "Granite-Docling is a Granite model",
        "Granite-Docling converts PDFs and is open source.",
        [("Granite-Docling", "OW101")],
    ),
    (
        "a role in the class's field",
        "For a year now Qwen3 is the real backbone of the whole open-source AI ecosystem.",
        [("Qwen3", "OW101")],
    ),
    (
        "a bracket of names alone after the class's compound",
        "Open-source LLM support (Llama 3, Mistral 7B) landed in v2.",
        [("Llama 3", "OW102"), ("Mistral 7B", "OW101")],
    ),
    (
        "a pointer to the pick after a fronted class",
        "For an open-source option, try Llama 3 8B.",
        [("Llama 3 8B", "OW102")],
    ),
    (
        "a definite open-source model noun phrase across a paragraph break",
        "Mistral shipped Codestral Mamba on Tuesday.\n\nThe new open-source model writes Python well.\n",
        [("Codestral Mamba", "OW101")],
    ),
    (
        "a new standard set for the class is a member's",
        "Mixtral 8x7B set a new bar for open-source chat models last winter.",
        [("Mixtral 8x7B", "OW101")],
    ),
    (
        "a calling verb's 'it' past a hyphenated premodifier",
        "Meta unveiled Llama 3.1 405B on Tuesday, calling it the first frontier-level open source AI model.",
        [("Llama 3.1 405B", "OW102")],
    ),
    (
        "an arrival in the class's field",
        "Snowflake Arctic is the newest entrant to the open-source LLM space.",
        [("Snowflake Arctic", "OW101")],
    ),
    (
        "a phrasal pick after a fronted class",
        "For an open-source option, check out Mistral NeMo.",
        [("Mistral NeMo", "OW101")],
    ),
    (
        "a hedged answer to a bare class question",
        "The best open-source LLM today? Probably Llama 3.1 405B.",
        [("Llama 3.1 405B", "OW102")],
    ),
    (
        "an echo after a clause whose subject names no model",
        "The 7B model from Mistral is open source; so is Zephyr 7B.",
        [("Zephyr 7B", "OW101")],
    ),
    (
        "a bare family name whose releases are all restricted",
        "LG's EXAONE is a strong open-source model for Korean.",
        [("EXAONE", "OW102")],
    ),
    (
        "a bare family name with no open-source member",
        "For captions we run Moondream, an open-source vision model.",
        [("Moondream", "OW104")],
    ),
    (
        "a bare family name whose releases are all open weights",
        "Meituan released LongCat as open source.",
        [("LongCat", "OW101")],
    ),
    (
        "a hosted video generator called open source",
        "For the trailer we animated the stills with Kling 2.1, an open-source video model.",
        [("Kling 2.1", "OW103")],
    ),
    (
        "a small model under a revenue-capped licence",
        "On the phone build we ship LFM2, which is fully open source.",
        [("LFM2", "OW102")],
    ),
    (
        "a hosted speech model as an open-source voice",
        "The narration uses Eleven Multilingual v2, an open-source TTS model.",
        [("Eleven Multilingual v2", "OW103")],
    ),
    (
        "a result's 'it' is not the yardstick the sentence beats",
        (
            "Qwen3-32B came out in April. Its design beats rivals such as GPT-4o and Claude 3.5 Sonnet,"
            " making it the strongest open-source model of its size."
        ),
        [("Qwen3-32B", "OW101")],
    ),
    (
        "a participle of positioning is the writer's own result",
        "Hunyuan-Large has 389B parameters, positioning it as the largest open-source MoE model.",
        [("Hunyuan-Large", "OW102")],
    ),
    (
        "'=' as a copula in a list item",
        "- Kimi-VL = an open-source vision-language model from Moonshot AI",
        [("Kimi-VL", "OW101")],
    ),
    (
        "an apposition past a date with a comma inside it",
        "Google released EmbeddingGemma on September 4, 2025, a new open-source embedding model.",
        [("EmbeddingGemma", "OW102")],
    ),
    (
        "a release's participle of introducing",
        (
            "Mistral AI announced the release of Mistral 3 on Tuesday, introducing a new series of "
            "open-source models."
        ),
        [("Mistral 3", "OW101")],
    ),
    (
        "a hosted music generator called open source",
        "For dubbing we rely on Lyria 2, an open-source music model.",
        [("Lyria 2", "OW103")],
    ),
    (
        "an MIT-licensed video encoder released without its data",
        "The depth features come from V-JEPA 2, which Meta released as open source.",
        [("V-JEPA 2", "OW101")],
    ),
    (
        "a speech model under an attribution content licence",
        "Our medical notes are transcribed by NVIDIA Canary, a fully open-source ASR model.",
        [("NVIDIA Canary", "OW102")],
    ),
    (
        "a bracket describes inside a question",
        "Could we add Kimi K2 (Moonshot AI's open-source model) to the model picker?",
        [("Kimi K2", "OW102")],
    ),
    (
        "a name after 'and' that a verb follows opens a clause of examples",
        "Open-source models have surged: DeepSeek-R1 scored 79% on AIME and Phi-4 reached 80% on MATH.",
        [("DeepSeek-R1", "OW101"), ("Phi-4", "OW101")],
    ),
    (
        "a maker's possessive and the rest of the model's name",
        "Mistral AI's Small 3.1 is its most capable open-source release so far.",
        [("Small 3.1", "OW101")],
    ),
    (
        "a speech-recognition release called fully open source",
        "For transcription we switched to Qwen3-ASR-1.7B, a fully open-source model.",
        [("Qwen3-ASR-1.7B", "OW101")],
    ),
    (
        "a medical model under a community licence",
        "The triage bot runs on Baichuan-M1-14B, which is open source.",
        [("Baichuan-M1-14B", "OW102")],
    ),
    (
        "an API-only model called an open-source answer",
        "Seed1.6 is ByteDance's open-source answer to the big US labs.",
        [("Seed1.6", "OW103")],
    ),
    (
        "a note in brackets after the last announced name",
        (
            "Two open-source releases changed the year:\nMeta Llama 3.3 (70B and 405B). It matched "
            "GPT-4 on many tasks."
        ),
        [("Meta Llama 3.3", "OW102")],
    ),
    (
        "a paragraph opening on a maker goes on to its model",
        "DeepSeek remains the wildcard. Its R1 model beats o3. It is open source and cheap to run.",
        [("R1", "OW101")],
    ),
    (
        "a name given again in brackets: the finding names the full name",
        "Stable Diffusion 3.5 (SD 3.5) is the newest release of Stability AI's open-source image model.",
        [("Stable Diffusion 3.5", "OW102")],
    ),
    (
        "beating most of a class is ranking within it",
        "Mistral 7B surpasses most open-source models twice its size.",
        [("Mistral 7B", "OW101")],
    ),
    (
        "a partitive 'most of' before the class",
        "Phi-4 outperforms most of the open-source models we tried on math.",
        [("Phi-4", "OW101")],
    ),
    (
        "the class's performance achieved by a member",
        "GLM-4.5 achieves best-in-class open-source performance on agentic tasks.",
        [("GLM-4.5", "OW101")],
    ),
    (
        "a concessive 'while remaining'",
        "Gemma 3 rivals closed models in quality while remaining open source.",
        [("Gemma 3", "OW102")],
    ),
    (
        "ranked among a class whose examples follow in brackets",
        (
            "Yi-34B ranked first among open-source models (such as Falcon-180B and Llama 2 70B) on "
            "the leaderboard."
        ),
        [("Yi-34B", "OW101"), ("Falcon-180B", "OW102"), ("Llama 2 70B", "OW102")],
    ),
    (
        "surpassing previous members of the class",
        "Falcon 180B is out. It leads on most tasks, surpassing previous open-source models.",
        [("Falcon 180B", "OW102")],
    ),
    (
        "the subject after a fronted comparison and its examples",
        "Compared with other models, including Llama 2, Qwen2 has surpassed most open-source models.",
        [("Qwen2", "OW104")],
    ),
    (
        "a list of links with what each is",
        "- [Whisper](https://github.com/openai/whisper) accurate local open-source speech recognition",
        [("Whisper", "OW101")],
    ),
    (
        "a list entry's system noun past a hyphenated premodifier",
        ("- [Orpheus TTS](https://github.com/canopyai/Orpheus-TTS) state-of-the-art open-source TTS system"),
        [("Orpheus TTS", "OW102")],
    ),
    (
        "a participle after a released name sets it in the class",
        "Meta released Llama 3 in April, breaking most records for open-source LLM performance.",
        [("Llama 3", "OW102")],
    ),
    (
        "a model generation open-sourcing its checkpoints",
        "InternLM2.5, the newest InternLM generation, has open-sourced a 7B base model.",
        [("InternLM2.5", "OW102")],
    ),
    (
        "a record set for the class",
        "StableLM-3B-4E1T achieves state-of-the-art results at the 3B scale for open-source models.",
        [("StableLM-3B-4E1T", "OW102")],
    ),
    (
        "what a relative clause compares with is no list item",
        "We open-source MiniCPM-V 4.5, which outperforms Foo-latest, Gemini 2.0 Pro, and Qwen2.5-VL 72B.",
        [("MiniCPM-V 4.5", "OW101")],
    ),
    (
        "an earlier name in brackets is no second model",
        "We open source the Qwen2.5-Coder series (formerly known as CodeQwen1.5) today.",
        [("Qwen2.5-Coder", "OW104")],
    ),
    (
        "a code model fine-tune under its base model's terms",
        "Magicoder-S-DS-6.7B is a fully open-source code model that beats ChatGPT on HumanEval+.",
        [("Magicoder-S-DS-6.7B", "OW102")],
    ),
    (
        "a continued-pretraining release of Llama 2",
        "Meditron-70B is an open-source medical language model from EPFL.",
        [("Meditron-70B", "OW102")],
    ),
    (
        "a Llama 3.1 regional adaptation named after its base",
        "We release Llama-SEA-LION-v3-8B-IT as an open-source model for Southeast Asian languages.",
        [("Llama-SEA-LION-v3-8B-IT", "OW102")],
    ),
    (
        "a task written with spaces before the model noun",
        "# Whisper\n\nOpen source speech to text model from OpenAI.",
        [("Whisper", "OW101")],
    ),
    (
        "a feature's label over a statement about the model",
        ("### Key features\n\n- **Open source**: Gemma 2 gives full access to its weights and architecture."),
        [("Gemma 2", "OW102")],
    ),
    (
        "a generation open-sourcing its sizes",
        "Qwen2.5 has open-sourced seven sizes, from 0.5B to 72B.",
        [("Qwen2.5", "OW104")],
    ),
    (
        "a speech model introduced as open source",
        "We build on ChatTTS, an open-source text-to-speech model for dialogue.",
        [("ChatTTS", "OW102")],
    ),
    (
        "an open-weights speech recogniser described as open source",
        "Moonshine Tiny is an open-source speech recognition model for edge devices.",
        [("Moonshine Tiny", "OW101")],
    ),
    (
        "a role in the class's ecosystem",
        "Llama 3 has become a pillar of the open-source ecosystem.",
        [("Llama 3", "OW102")],
    ),
    (
        "making 'it' open source with no name before it in its sentence",
        (
            "Stanford built Alpaca 7B for academics. By making it open source, the team hoped for "
            "faster progress."
        ),
        [("Alpaca 7B", "OW102")],
    ),
    (
        "the claim as the noun of the act",
        ("At a press event the lab announced the official open source of the fine-tuned Baichuan 2 model."),
        [("Baichuan 2", "OW102")],
    ),
    (
        "a definition's examples in brackets at its end",
        ("Open source: weights you can download and run yourself (Llama 3, Mistral 7B). Closed: API only."),
        [("Llama 3", "OW102"), ("Mistral 7B", "OW101")],
    ),
    (
        "a name that needs its maker nearby, listed with 'vs' beside sure ones",
        "Our open-source shortlist: Gemma 2 vs Phi vs Mixtral 8x7B",
        [("Gemma 2", "OW102"), ("Phi", "OW101"), ("Mixtral 8x7B", "OW101")],
    ),
    (
        "a voice-cloning model under a non-commercial licence called open source",
        "Spark-TTS is an open-source voice cloning model that runs on one consumer GPU.",
        [("Spark-TTS", "OW102")],
    ),
    (
        "an MIT image model presented as open source",
        "For the cover art we used HiDream-I1, the open-source image generator from HiDream.ai.",
        [("HiDream-I1", "OW101")],
    ),
    (
        "a family whose members differ, none open source",
        "Teuken-7B is an open source language model trained for all 24 EU languages.",
        [("Teuken-7B", "OW104")],
    ),
    (
        "a hashtag on an item its own words call software",
        (
            "- [NeMo](https://github.com/NVIDIA/NeMo) - An open-source toolkit by NVIDIA for speech AI."
            " #opensource\n"
            "- [Parakeet](https://huggingface.co/nvidia) - Speech recognition models from NVIDIA. #opensource"
        ),
        [("Parakeet", "OW102")],
    ),
    (
        "a maker entering the class with its own models",
        "Google joined the open-source race with its Gemma models.",
        [("Gemma", "OW104")],
    ),
    (
        "ranked among a group of the class",
        "Yi-9B is the best among a handful of open-source models of its size.",
        [("Yi-9B", "OW101")],
    ),
    (
        "what the next sentence says a release includes",
        (
            "Mistral AI launched Mistral 3 on Tuesday, introducing a new line of open-source models. "
            "The release includes three small dense models and Mistral Large 3."
        ),
        [("Mistral 3", "OW101"), ("Mistral Large 3", "OW101")],
    ),
    (
        "a Korean model inheriting its base's licence called open source",
        "SK Telecom's A.X 4.0 is an open-source LLM tuned for Korean business documents.",
        [("A.X 4.0", "OW102")],
    ),
    (
        "an Apache-2.0 reranker presented as open source",
        "We rerank the top fifty passages with bge-reranker-v2-m3, an open source cross-encoder.",
        [("bge-reranker-v2-m3", "OW101")],
    ),
    (
        "a Japanese model under a community licence described as open source",
        "PLaMo 2 8B, the open-source Japanese model from Preferred Networks, handles our support tickets.",
        [("PLaMo 2 8B", "OW102")],
    ),
    (
        "a Gemma fine-tune for statistics called open source",
        "Google's DataGemma is an open-source model that grounds answers in Data Commons.",
        [("DataGemma", "OW102")],
    ),
    (
        "an MIT reasoning model described as open source",
        "INTELLECT-3 is an open source 106B mixture-of-experts model trained with reinforcement learning.",
        [("INTELLECT-3", "OW101")],
    ),
    (
        "a non-commercial function-calling model called open source",
        "We benchmarked xLAM-7b-fc-r, Salesforce's open-source function-calling model.",
        [("xLAM-7b-fc-r", "OW102")],
    ),
    (
        "a version of a line that an apposition names",
        "So far xAI has released one open-source version of Grok, the first one, Grok 1, on GitHub.",
        [("Grok 1", "OW101")],
    ),
    (
        "a 'with' phrase giving a model the class's record performance",
        "The cloud now serves Llama 4 Scout with world-record open-source model performance.",
        [("Llama 4 Scout", "OW102")],
    ),
]

DONT_FLAG = [
    (
        "'it' after a name that qualifies a product",
        "The Gemma 2 Docker image is tiny. It is open source, too.",
    ),
    (
        "a sentence pointing at a list of closed models",
        "We compare open-source models with the closed models listed below.\n\n- GPT-4o\n- Claude 3.5 Sonnet",
    ),
    ("a label naming a part before a fragment", "### Codestral 22B\n\n**The tokenizer:** open source"),
    ("a quoted sentence as the subject of a verb", 'So "Phi-4 is open source" is only half true.'),
    ("a clause ending 'says otherwise'", "Google says Gemma 3 is open source; its licence says otherwise."),
    ("'disagrees' after the claim", "Microsoft says Phi-4 is open source. The OSI disagrees."),
    (
        "a definite description after a copula predicates",
        "GPT-4o is now the default chat model (open source options are listed below).",
    ),
    ("a change of the writer's, not the model's", "We went from GPT-4o to an open-source model last spring."),
    (
        "a later clause ending in a bare denial",
        "Our wiki still says Gemma 2 is open source. The licence team says it isn't.",
    ),
    ("an equative compares openness with something else", "Phi-4 is about as open source as a bank vault."),
    (
        "a quoted claim answered by the next paragraph, after 'No'",
        "> Gemma 2 is open source\n\nNo it's not, read the terms.",
    ),
    (
        "a question picking among the listed models",
        "**Which of these models is open source?**\n\n- Phi-4\n- OLMo 2\n\nOnly OLMo 2.",
    ),
    ("a choice between two classes", "We compared open-source and hosted models: Phi-4 and GPT-4o."),
    (
        "a ranked fragment after a sentence naming two models",
        "We tested GPT-4o and Phi-4 side by side. Best open-source model for the money.",
    ),
    (
        "a ranking scoped to a class, qualified after the names",
        "Among open-source models, OLMo 2 ranks first, ahead of GPT-4o if you count closed ones.",
    ),
    (
        "a FAQ question about the tool answered yes",
        "**Is this plugin open source?**\n\nYes, and it runs Gemma 2 and Phi-4 locally.",
    ),
    (
        "a caption with a full stop over a table: not a title of its rows",
        "Table 3. Scores on our set. † denotes open-source models.\n\n| Model | Score |\n|---|---|"
        "\n| GPT-4o | 80 |\n| Claude 3.5 Sonnet | 82 |",
    ),
    (
        "a FAQ question answered no",
        "**Do you offer open-source models?**\n\nNo, only GPT-4o and Claude 3.5 Sonnet.",
    ),
    (
        "a resultative about other models of the maker",
        "Google announced Gemma 3, keeping its older models open source.",
    ),
    (
        "a run-in label over a list of closed models set apart",
        "**Open-source models.** GPT-4o, Claude 3.5 Sonnet and Gemini 1.5 Pro still lead the closed pack.",
    ),
    ("a supposition ('if we wanted')", "If we wanted an open-source model, we would pick OLMo 2, not Phi-4."),
    (
        "a fragment after two models without a swap: which one is not said",
        "Ran Claude 3.5 Haiku next to Gemma 3 12B in the triage bot. Open source, and half the latency.",
    ),
    (
        "a compound's last noun before a colon and a comparison",
        "Open-source model pricing: GPT-4o and Claude 3.5 Sonnet cost more than Phi-4.",
    ),
    (
        "'none of them' before a fragment claim",
        "Phi-4, Gemma 2, Qwen2.5 -- none of them open source, all open weights.",
    ),
    (
        "a headline's claim inside a prepositional object, over a list",
        "## Paid rivals to open-source chat assistants\n\n- ChatGPT\n- Claude",
    ),
    (
        "a software subject's claim before a list its verb introduces",
        "Our gateway is open source and proxies any of these models:\n\n- Gemma 2\n- Phi-4",
    ),
    (
        "a question answered 'Not ...'",
        "Phi-4 beats Llama 3.1 8B on maths, but does that make it the best open-source small model? Not"
        " by the OSI's standard.",
    ),
    (
        "an indefinite appositive after a fine-tune of a model describes the fine-tune",
        "We ship a fine-tune of Phi-4, an open-source model we trained on our own tickets.",
    ),
    (
        "a heading compared with the class turns from it",
        "## Compared with open-source models\n\n| Model | Score |\n|---|---|\n| GPT-4o | 88 |"
        "\n| Claude 3.5 Sonnet | 87 |",
    ),
    (
        "a pronoun for a maker's brand, predicative",
        "We switched to Mistral last spring. It is open source, after all.",
    ),
    ("a question after a comma, asked from the start", "Is Phi-4 open source, why else publish it?"),
    (
        "'while being' after a later clause: that clause's subject",
        "Phi-4 edges out Gemma 2 9B, and OLMo 2 narrows the gap while being the only open-source model"
        " in the test.",
    ),
    (
        "a singular copula after ', and': the nearest name alone",
        "Mistral 7B beats Llama 2 13B, and OLMo 2 is the one open-source model of the lot.",
    ),
    (
        "a rebuttal after a typewriter dash",
        "My manager says Gemini Nano is open source. It isn't -- it only runs on Android.",
    ),
    ("a rebuttal after a typewriter dash in the sentence", "You say Phi-4 is open source -- not true."),
    ("a quiet relative clause about one name", "We ship GPT-4o and OLMo 2, which is open source."),
    (
        "a colon after the class: a member set apart by 'still'",
        "Open-source models are catching up: GPT-4o still leads our board by two points.",
    ),
    (
        "the sentence after a statement about the class names one model",
        "Open-source models are everywhere now. ChatGPT still has 800 million users.",
    ),
    (
        "a colon after a compound with AI: the names in brackets are listed, not reported on",
        "Open-source AI voice memos: capture, transcribe offline and tidy up with any model you like "
        "(GPT-4o mini, Claude 3 Haiku, Gemini 2.0 Flash).",
    ),
    (
        "a colon after the class: a possessor opens the clause",
        "Open-source models have a licensing problem: Llama 3's terms cap use at 700 million users.",
    ),
    (
        "the class as the object of a preposition",
        "Alternatives to open-source models are scarce: GPT-4o and Gemini 1.5 Pro dominate.",
    ),
    # Questions about the openness itself.
    ("yes/no question", "Is Llama 3 open source?"),
    ("question with predicate nominal", "Is Llama 3 an open-source model?"),
    ("embedded question", "Whether Gemma 3 is open source or not keeps lawyers busy."),
    # A fronted contrast: the names inside it are not what follows the comma.
    (
        "while contrast",
        "While proprietary models like Gemini and o1 dominate, open source alternatives close the gap every "
        "month.",
    ),
    (
        "unlike contrast",
        "Unlike closed systems such as GPT-4 or Gemini, open-weight models can run anywhere.",
    ),
    ("despite", "Despite its history of releasing open-source models, Qwen3-Max is closed."),
    # Reported claims the writer disputes.
    ("reporting noun", "Meta's declaration that Llama 2 was open source drew criticism."),
    # The object of the verb is something else.
    (
        "verb object is software",
        "Google has open-sourced evaluation harnesses for its Gemini models and charges for Gemini 1.5 Pro.",
    ),
    # 'as' after a possessed noun belongs to that noun.
    (
        "as after possessed noun",
        "Mistral Small 3 reinforced Mistral's image as a European open-source champion.",
    ),
    # A section's model is not what a full sentence under it is about.
    ("full sentence under a model heading", "## Llama 3\n\nOpen-source models are improving quickly.\n"),
    ("unlike other", "Unlike other open-source models, GPT-4 is closed."),
    ("called", "Llama 2 is often called open source, but it is not."),
    (
        "headline with its own topic",
        "# DAPO: An Open-Source LLM Training Recipe\n\nCLIP-style encoders are not needed.\n",
    ),
    ("a new clause after and", "Llama 2 is fast and the open-source community loves it."),
    ("a new subject after and", "Llama 2 is fast and the open-source models are catching up."),
    ("negated copula", "Llama 3 is not an open-source model."),
    ("negated predicate adverb", "Llama 3 is not truly open source."),
    ("negated belief", "I don't think Llama 3 is open source."),
    ("comma splice", "We compared open-source models for a week, GPT-4 won."),
    (
        "headline about a kind of model",
        "## Open-Source Language Models Catch Up\n\nCommercial LLMs still lead. GPT-4o has 128k context.\n",
    ),
    (
        "headline question",
        "## Why Open-Source LLMs?\n\nWhile tools like Copilot, Claude and others are strong, they cost.\n",
    ),
    # A list that turns to closed models.
    ("list turns closed", "We test open-source models (OLMo 2, Pythia) and closed ones (GPT-4o)."),
    # The head of a compound is its last noun.
    ("model noun modifying software", "Llama 3 tops the open-source LLM leaderboard this week."),
    ("field of AI", "With Llama 3, Meta doubled down on open-source AI research."),
    (
        "reported and disputed",
        "Your post claims that Vicuna and Alpaca are open source. Their terms forbid commercial use, so no.",
    ),
    # Presented as open source by someone else.
    ("promoted as", "Llama 2, while promoted as open-source, does not meet the OSI definition."),
    ("billed as", "Meta billed Llama 3 as open source at launch."),
    # A later name that is no subject, or no release verb.
    (
        "later name is a yardstick",
        "Databricks released a new open-source model. It beats GPT-3.5 on most benchmarks.",
    ),
    ("possessive licence, Apache", "Mistral 7B's open-source license allows commercial use."),
    ("a fine-tuned version is another model", "A fine-tuned version of Llama 2 is open source."),
    (
        "a listing sentence that compares, over headings",
        "In this post we compare the best open-source LLMs with the closed ones.\n\n## GPT-4o\n\n"
        "Still ahead.\n\n## Claude 3.5 Sonnet\n\nClose.\n",
    ),
    (
        "a numbered item its description sets apart",
        "Open-source LLMs worth a look\n\n1. OLMo 2\n\nEverything released.\n\n2. GPT-4o\n\n"
        "Not open source; listed only as a baseline.\n",
    ),
    (
        "a reply that tells what was used instead",
        "Looking for an open-source model for our chatbot. Any suggestions?\n\nWe ended up on GPT-4o, sadly.",
    ),
    (
        "the company behind a model",
        "Meta, the company behind Llama 3, is an open-source champion with PyTorch.",
    ),
    ("of the class we tried, none", "Of the open-source models we tested, none beat GPT-4o."),
    (
        "the class, then mostly something else",
        "We use open-source LLMs for drafts, mostly because GPT-4o costs too much.",
    ),
    ("an alternative to the class", "GPT-4o is the best alternative to open-source models."),
    ("the field fronted, then a closed pick", "For open source, nothing beats GPT-4o's API, honestly."),
    ("its as a possessive before a claim", "We like Meta and its open source work on PyTorch."),
    ("good for an open-source comparison", "GPT-4o is good for an open source comparison."),
    ("a license for an open-source model", "Apache 2.0 is the license for an open-source model like OLMo 2."),
    ("with X, no open-source model", "With GPT-4o, OpenAI has no open-source model at all."),
    ("with X, a strategy", "With Llama 3, Meta doubled down on its open-source strategy."),
    ("praised for being something else", "Developers praised OLMo 2 for being open source, unlike GPT-4o."),
    ("the possessor's tokenizer", "Llama 3's tokenizer is open source."),
    (
        "models under a license, not a brand",
        "The company publishes open-source models under the Llama 3 license terms.",
    ),
    (
        "a family named as the yardstick",
        "Meta introduced the next generation of its open source model.\n\n"
        "Analysts said it beats the models in the GPT-4 family.",
    ),
    (
        "the maker of what is released as open source",
        "Mistral has released a model of this size as open source. GPT-4o, by contrast, stays closed.",
    ),
    (
        "a quoted claim, the reply restating the name's status",
        "> Qwen2.5 is open source and it's better than Llama.\n\nQwen2.5 is open weights for most sizes.",
    ),
    (
        "the writer's own past claim",
        "Last week I said Pixtral Large was open source. A few of you wrote in to correct me.",
    ),
    ("a past claim with that", "When Llama 2 came out, I wrote that it was open source. I was wrong."),
    ("switched to open-source models", "We switched to open-source models after GPT-4o got expensive."),
    ("the model a maker never open-sourced", "GPT-4o is the model OpenAI never open-sourced."),
    ("better than anything open-sourced", "GPT-4 is better than anything Meta open-sourced."),
    (
        "released as open source, then a rival named",
        "The lab has released a model of this size as open source. GPT-4o, by contrast, stays closed.",
    ),
    (
        "which made others open",
        "GPT-4o, which made open-source models look slow, is fast.",
    ),
    ("a comparison that asks no choice", "Gemma 3 vs GPT-4o: how far behind are open-source models?"),
    (
        "its as a possessive",
        "Meta praised OLMo 2 and its open-source training recipe.",
    ),
    (
        "a named model, then it's another",
        "Our assistant runs on the open-source model we trained. It's GPT-4o that grades its answers.",
    ),
    (
        "the possessor of another noun",
        "Mistral Large's positioning as an open-source rival to GPT-4o is marketing.",
    ),
    (
        "a request answered with a closed model",
        "Looking for an open-source model for code completion. Any suggestions?\n\n"
        "Honestly just pay for GPT-4o.",
    ),
    (
        "a request answered that none will do",
        "Looking for an open-source model that matches GPT-4o?\n\n"
        "None of them do yet; Claude 3.5 Sonnet comes closest.",
    ),
    (
        "a post that goes on after its request",
        "I need an open-source LLM for German. We tried several last year.\n\nGPT-4o was the best of them.",
    ),
    (
        "a reporting frame over a rival",
        "Meta has released its latest open-source model.\n\nAnalysts said GPT-4o, by contrast, stays closed.",
    ),
    (
        "asked for some, answered no",
        "Is there any open-source model as good as GPT-4? No, GPT-4 still wins.",
    ),
    (
        "asked for an alternative to a named model",
        "Anyone know an open-source alternative to Claude 3.5 Sonnet? Claude is still the best for me.",
    ),
    ("picked from something else", "GPT-4o is better than any of the open-source models."),
    (
        "the noun closes the phrase before the next name",
        "Build a RAG pipeline with the open-source nomic-embed-text embedding model, and Llama 3.1 8B "
        "for generation.",
    ),
    (
        "plural software noun before a verb",
        "Open-source tools make LLMs easy to run locally.\n\n## Llama 3\n\nMeta's model is a good start.\n",
    ),
    (
        "class sentence that turns, over a list",
        "Open-source LLMs still lag behind these proprietary ones.\n\n- GPT-4o\n- Claude 3.5 Sonnet\n",
    ),
    (
        "statement over headings is no listing",
        "Open-source LLMs have improved a lot this year.\n\n## GPT-4o\n\nStill ahead.\n\n"
        "## Claude 3\n\nAlso.\n",
    ),
    (
        "numbering that starts again is another list",
        "Open-source LLMs we liked:\n\n1. OLMo 2\n\nFully open.\n\nClosed ones we tried:\n\n1. GPT-4o\n",
    ),
    (
        "numbering that does not go on",
        "Top open-source LLMs\n\n1. OLMo 2\n\nFully open.\n\n7. GPT-4o is what we compare against.\n",
    ),
    ("the quantized version is another model", "The quantized version of Llama 3 we ship is open source."),
    (
        "released model, then a rival by contrast",
        "The startup released its first open-source model today. GPT-4o, by contrast, costs money.",
    ),
    (
        "released model, then a rival unlike it",
        "Mistral launched a new open-source model. Unlike it, Mistral Large stays behind an API.",
    ),
    ("identity with no model", "The best open-source licence for weights is Apache 2.0."),
    # Examples of something else.
    (
        "examples of another noun",
        "Open-source tools keep improving. Examples include Ollama and vLLM for Llama 3.",
    ),
    # A licence claim that is true.
    ("licence claim, Apache", "Mistral 7B is released under an open-source license."),
    # Correct "open weights".
    ("open weights rightly", "Mistral 7B has open weights."),
    # A fronted clause with a verb of its own says nothing of the subject.
    ("fronted as-clause", "As open-source models get cheaper, GPT-4o keeps its lead."),
    ("fronted being, negated", "Not being open source, Claude 3 cannot be self-hosted."),
    # A denial echoed: nothing is claimed.
    ("echoed denial", "GPT-4o isn't open source, and neither is Claude 3."),
    ("ellipsis with a predicate", "GPT-4o is not open source, but Llama 3 is cheaper to run."),
    ("ellipsis negated", "GPT-4o isn't open source, while Llama 3 isn't either."),
    # Two models before "it": ambiguous, so no guess.
    ("ambiguous it", "We compared GPT-4o with Llama 3 because it is open source."),
    ("a real question with a tag", "Is Llama 3 open source, or not?"),
    ("aside about the maker", "Meta, an open-source champion, released Llama 3."),
    (
        "available inside a noun phrase",
        "The Gemma 3 models beat most of the available open-source vision models on our tests.",
    ),
    ("sizes heading their own noun phrase", "We tested GPT-4o and 70B models are open source."),
    (
        "possessed, then another name",
        "The startup's open-source model is not out yet. GPT-4o remains the benchmark.",
    ),
    (
        "released tools, then a name",
        "Meta released a new version of its open-source tools. GPT-4o still leads.",
    ),
    ("the model as a modifier", "GPT-4o is fast. The open-source model alternative is OLMo 2."),
    ("part of an ecosystem", "Phi-4 is part of the open-source ecosystem."),
    ("available through servers", "Gemma 2 is available through open-source inference servers."),
    ("active verb with an object", "DeepSeek open-sourced FlashMLA in February."),
    ("cookbook", "The Gemma 2 cookbook is open-source."),
    ("field under a software heading", "## Gemma 2 integration\n\nLicense: open source\n"),
    ("page about an SDK", "---\ntitle: Phi-4 SDK\n---\n\nThe model is open source.\n"),
    ("kinds compared in a headline", "## Phi-4 vs. GPT-4o: Open Source vs. Closed"),
    ("model zoo", "Open-source model zoo: includes GPT-2 weights."),
    ("software noun before a list of names", "Our open-source SDK supports GPT-4o, Claude 3 and Gemma 2."),
    ("label followed by a clause", "Open source: Gemma 2 is not."),
    ("fronted topic, a subject follows", "For open-source models, GPT-4o is the benchmark to beat."),
    ("row header answered no", "| | OLMo 2 | GPT-4o |\n|---|---|---|\n| Open source | Yes | No |\n"),
    ("item with a subject of its own", "Gemma 2:\n\n- its open-source rival OLMo 2 is close\n"),
    ("field answered no", "### GPT-4o\n\n- Open source: no\n- Context: 128k\n"),
    ("field with more words", "### Gemma 2\n\n- Open source: yes, with caveats about the terms\n"),
    ("nested under a closed parent", "- Proprietary models\n  - GPT-4o\n- Open-source models\n  - OLMo 2\n"),
    ("headline alternative", "# The Open-Source Claude Design Alternative You Need"),
    ("headline copula dropped, prose", "Grok-1 now open source tools support."),
    ("maker's release", "Meta's open-source release drew crowds, and Llama 3 was the star."),
    ("reference to one of two", "We compared Phi-4 and GPT-4o.\n\nThe model is open source.\n"),
    ("path with slashes", "See models/gpt-4o/config.json for our open-source model settings."),
    # A name that qualifies a software noun is not what the claim is about.
    ("name qualifying a tokenizer", "The Gemma 2 tokenizer is open source."),
    ("verb object qualified by a name", "We open-sourced our Phi-4 evaluation scripts."),
    ("hyphenated software noun", "Our Qwen2.5 fine-tuning recipes are open source."),
    # Irrealis: supposed, wished for or demanded, not asserted.
    ("counterfactual if", "If Gemma 2 were open source, we could ship it."),
    ("should", "Gemma 2 should be open source."),
    ("wish", "Everyone wishes Gemma 2 were open source."),
    ("could have been", "Gemma 2 could have been open source."),
    ("would ... if", "Gemma 2 would be open source if its terms allowed any use."),
    # Taken back, compared, or disputed.
    ("in name only", "Gemma 2 is open source in name only."),
    ("comparative", "Gemma 2 is less open source than OLMo 2."),
    ("aside inside a negation", "Gemma 2 is not, strictly speaking, open source."),
    ("disputed report", "Researchers dispute that Gemma 2 is open source."),
    (
        "note turning to closed models",
        "## Open-source LLMs\n\nClosed ones, for contrast:\n\n- GPT-4o\n- Claude 3\n",
    ),
    ("lower-case word not alone in its item", "## Open-source LLMs\n\n- a falcon flew by\n"),
    # Names after ":" that go on into a clause of their own are not announced.
    ("clause after a colon", "Open-source models are improving: GPT-4o now has real rivals."),
    ("statement after a question", "And the open-source models? GPT-4o still beats them."),
    ("examples of a contrasted noun", "Open-source stand-ins for proprietary AI, such as GPT-4o, abound."),
    # Answers that do not assert.
    ("question answered no", "Is Gemma 2 open source? No, it is not."),
    ("hedged yes", "Is Gemma 2 open source? Yes, but only in part."),
    # The next sentence about a kind, not the released models.
    ("next sentence about a kind", "We tried many open-source models. The strongest baseline was GPT-4o."),
    ("another subject before the participle", "GPT-4o was compared with models we trained and open-sourced."),
    ("role noun before a software head", "GPT-4o is the default choice for open-source tooling."),
    ("said to be", "Gemma 2 is rarely said to be closed, and OLMo 2 continues to be open source."),
    (
        "heading naming a model over subsections",
        "# Open-source alternatives to GPT-4o\n\n## GPT-4o\n\nThe baseline.\n\n## Claude 3\n\nAnother one.\n",
    ),
    (
        "one-line sentence over a list",
        "We compared open-source models.\n\n- GPT-4o was the reference\n- Claude 3 was second\n",
    ),
    (
        "another subject in a reduced relative",
        "GPT-4o was tuned with a tool Anthropic wrote and open-sourced.",
    ),
    (
        "empty cell before a tick in another column",
        "| Model | Open source | Closed |\n|---|---|---|\n| GPT-4o | | ✅ |\n| OLMo 2 | ✅ | |\n",
    ),
    (
        "ticked open-source alternative column",
        "| Model | Open-source alternative |\n|---|---|\n| GPT-4o | ✅ |\n",
    ),
    ("empty corner over a value column", "| | Open source |\n|---|---|\n| GPT-4o | no |\n| OLMo 2 | yes |\n"),
    ("announced after a negative lead", "None of these is open source: GPT-4o, Gemini and Claude."),
    ("hedged lead", "Supposedly open source: Gemma 2."),
    ("rival noun before a question", "The best alternative to open-source LLMs? GPT-4o."),
    ("names going on after a clause's colon", "Open-source models lag behind: GPT-4o and Claude still lead."),
    ("qualified yes", "Is Gemma 2 open source? Yes, if you ignore the licence."),
    ("yes taken back", "Is Gemma 2 open source? Yes. Or rather, no: it is source-available."),
    ("yes to a supposition", "Would Gemma 2 be open source without its terms? Yes."),
    (
        "refused to open-source",
        "Anthropic refused to open-source its models. The models released next were Claude 3 and Claude 3.5.",
    ),
    ("keep closed", "Google's decision to keep Gemini closed upset the open-source crowd."),
    ("not in a list", "Open-source models like OLMo 2, not Gemma 2, deserve the label."),
    (
        "heading that is a statement",
        "# Open-source models are overrated\n\n## 1. GPT-4o\n\nBetter.\n\n## 2. Claude 3\n\nAlso.\n",
    ),
    (
        "heading with a rival noun",
        "# Alternatives to open-source LLMs\n\n## GPT-4o\n\nFast.\n\n## Claude 3\n\nGood.\n",
    ),
    ("sentence above a list", "Why we left open-source LLMs\n\n- GPT-4o is cheaper\n- Claude 3 is better\n"),
    ("it as the subject of another verb", "We tried Claude 3. It beat the open-source model."),
    ("the new model with another verb", "Gemini 2 arrived. The new model leaves open-source rivals behind."),
    ("a gerund's object", "We like Claude 3, but it is worth testing an open-source LLM too."),
    ("a new clause after so", "GPT-4o is costly, so open-source models gained users."),
    (
        "a headline ending in a name",
        "Reasoning with GPT-4\n\n___\n\nOpen-source LLMs grow as they allow commercial use\n",
    ),
    (
        "stopped open-sourcing",
        "They stopped open-sourcing models in 2022. The first model released after that was GPT-4.",
    ),
    (
        "open-sourcing talked about",
        "Open-sourcing models is risky. The models released this year were Claude 3 and GPT-4o.",
    ),
    ("an object that ends at its noun", "Open-sourcing its models made Mistral famous."),
    ("names answered no", "Is anything here open source? GPT-4o and Claude 3, no."),
    (
        "a paragraph's model as another verb's subject",
        "GPT-4o is closed. It makes open-source models look slow.",
    ),
    ("it after a software noun", "Gemma 2 shipped with a new tokenizer, and it is open source."),
    ("in marketing only", "Gemma 2 is open source in marketing only."),
    ("fronted premodifier", "Unlike the open-source OLMo 2, Gemma 2 comes with usage terms."),
    # "Like X," opening a sentence is a fronted comparison, not a list of examples.
    ("fronted like, no examples", "Like Claude, Falcon 40B (open weights) is free to download."),
    (
        "fronted contrast inside brackets",
        'Cancelled: names in a contrast ("Unlike GPT-4o, open-weight models ...").',
    ),
    (
        "row header over a sentence",
        "| Kind | Notes |\n|---|---|\n| Open source | Not yet: GPT-4o stays closed |\n",
    ),
    ("FAQ question answered no", "**Is Gemma 2 open source?**\n\nNo. It is source-available."),
    ("FAQ question answered yes and no", "## Is Gemma 2 open source?\n\nYes and no."),
    ("the answer is no", "Is Gemma 2 open source? The answer is no."),
    ("the former, true", "We compared OLMo 2 and Gemma 2; the former is open source."),
    ("one of them", "We tried Gemma 2 and GPT-4o. They differ: one is open source."),
    ("the former", "We tried Gemma 2 and GPT-4o. They are both good, and the former is open source."),
    ("both true", "We tried OLMo 2 and Pythia. Both are open source."),
    (
        "value cell with more words",
        "| Model | Notes |\n|---|---|\n| Llama 3 | Open source tooling exists |\n",
    ),
    # Their limits.
    (
        "result participle about the maker",
        "Meta released Llama 3 in April, becoming the leading open-source AI company.",
    ),
    (
        "result participle with two models",
        "Mixtral 8x7B beat GPT-4 on one benchmark, producing a lot of excitement about open-source models.",
    ),
    (
        "result participle heading a relative clause",
        "GPT-4 beat Llama 3 on every test, becoming the benchmark open-source models chase.",
    ),
    (
        "stated aim set against the claim",
        "The goal of GPT-4 is to beat open-source models on every benchmark.",
    ),
    (
        "stated aim with another verb",
        "The goal of GPT-4o is to dominate open-source models in every benchmark.",
    ),
    (
        "stated aim of a comparison",
        "The aim of the comparison with GPT-4 is to show how open-source models fare.",
    ),
    (
        "bracket set against the claim",
        "Open-source models include many from Meta's rivals (unlike Llama 2, which is not open source).",
    ),
    (
        "bracketed models in a toolkit",
        "Our open-source toolkit includes adapters for several models (such as Llama 2).",
    ),
    (
        "sentence with a pronoun over a list",
        "We tried a few open-source models.\n\n- GPT-4 was the baseline.\n- Claude 3 came second.",
    ),
    (
        "sentence with a verb over a list",
        "Closed models beat open-source models.\n\n- GPT-4\n- Claude 3",
    ),
    (
        "fragment naming software",
        "# Llama 3 guide\n\n## Tools\n\n- vLLM: open source, fast\n- Ollama: open source, easy",
    ),
    (
        "fragment over software names",
        "# Llama 3 guide\n\nThis guide covers the tools.\n\nOpen source, of course: vLLM and Ollama.",
    ),
    (
        "negated tag line",
        "## Llama 2\n\nMeta · July 2023\n\nNot open source | 7B, 13B, 70B",
    ),
    (
        "tag lines under other sections",
        "## GPT-4\n\nOpenAI · 2023\n\nClosed · API only\n\n## OLMo\n\nAI2 · 2024\n\nOpen source · 7B",
    ),
    (
        "fragment asked",
        "## Gemma 2\n\nOpen source? Not really.",
    ),
    (
        "it said to be a model, not one",
        "Everyone is talking about GPT-4o. It is not an open-source model, though.",
    ),
    (
        "it said to be a licence",
        "I spent the weekend reading about Llama 3's license. It is an odd open-source license.",
    ),
    (
        "apposition to a time",
        "We compared against GPT-4 in April, the month open-source models caught up.",
    ),
    (
        "apposition to a day",
        "GPT-4o launched on Monday, a day when open-source models also got an update.",
    ),
    (
        "coordinated clauses",
        "Llama 3 is fast and GPT-4 is open source? No.",
    ),
    (
        "as-clause with a verb",
        "As open-source models improve we use GPT-4 less.",
    ),
    (
        "bracket set against the class",
        "We compare open-source (unlike GPT-4) models only.",
    ),
    (
        "next sentence sets its model apart",
        "Open-source models have improved a lot. GPT-4 still leads every benchmark.",
    ),
    (
        "next sentence names a closed baseline",
        "The open-source models held up well. GPT-4o, the closed baseline, scored 90.",
    ),
    (
        "next sentence names one reference",
        "Open-source models have improved a lot. Claude 3 Opus was tested as a reference.",
    ),
    (
        "FAQ yes about another model",
        "## FAQ\n\n**Is Mistral 7B open source?**\nYes — OLMo is, and Mistral 7B ships open weights.",
    ),
    (
        "card field with a hedged note",
        "## 4. Gemma 2 27B\n\n**Open source:** Yes (with caveats)\n**Context:** 8K",
    ),
    (
        "card field with a note that hedges",
        "## 4. Gemma 2 27B\n\n**Open source:** Yes (weights only, not the data)\n**Context:** 8K",
    ),
    (
        "heading without a claim over bold-label paragraphs",
        (
            "## Models we tested\n\n**GPT-4o** — the closed baseline.\n\n**Llama 3.1 70B** — open "
            "weights under Meta's license."
        ),
    ),
    (
        "heading over software labels",
        "## Top open-source tools\n\n**vLLM** — fast serving.\n\n**Ollama** — easy local runs of Llama 3.",
    ),
    (
        "bold title, negated fragment",
        "**Model of the week: GPT-4o mini.** OpenAI's small model is cheap. Not open source, though.",
    ),
    (
        "version of something else",
        "Llama 3 is not the open-source release of anything.",
    ),
    (
        "release of tools",
        "Meta described the open-source release of its tools.",
    ),
    (
        "colon members turned",
        "We'll use two open-source tools: vLLM for serving, not Llama 3.",
    ),
    (
        "colon clause with a verb",
        "Three open-source tools help here: vLLM serves GPT-4-compatible APIs.",
    ),
    (
        "ranking among closed models",
        "Among closed models, GPT-4o leads, followed by Claude 3.5 Sonnet; open-source models trail.",
    ),
    (
        "recap that says closed",
        (
            "| Model | Notes |\n|---|---|\n| GPT-4o | API |\n| Claude 3 | API |\n\nAll of the "
            "above are closed; open-source models come next."
        ),
    ),
    (
        "recap with an exception",
        "- Gemma 2\n- GPT-4o\n\nAll of the above except GPT-4o are open source.",
    ),
    (
        "recap negated",
        "- Gemma 2\n- Phi-3\n\nNone of these is open source.",
    ),
    (
        "recap of software",
        "- vLLM\n- Ollama\n\nAll of the above are open-source tools for Llama 3.",
    ),
    (
        "colon attributes negated",
        "GPT-4 has one big drawback: not open source.",
    ),
    (
        "colon attributes after two models",
        "Llama 3 vs OLMo 2: open source, fast, cheap.",
    ),
    (
        "colon attributes without a model",
        "We compared three models: open source, all of them.",
    ),
    (
        "ellipsis negated",
        "Stable Diffusion 3 Medium isn't open source under the new license, but SD 1.5 still is not.",
    ),
    (
        "which-question answered none",
        "Which open-source model beats GPT-4o? None, though Llama 3.1 405B comes close.",
    ),
    (
        "which-question answered with a rival",
        "Which open-source models are worth it? GPT-4o still beats them all.",
    ),
    (
        "run-in label over a negation",
        "**Open-source models.** None of them beat GPT-4 in our runs.",
    ),
    (
        "run-in label over a yardstick",
        "**Open-source models.** We compare them with GPT-4.",
    ),
    (
        "title's class, picks of another kind",
        (
            "# 10 Open-Source AI Models Every Developer Should Know\n\nClosed models still matter. "
            "Our picks for closed ones include GPT-4o and Claude."
        ),
    ),
    (
        "rebutted after a colon with the status",
        "Everyone keeps saying DeepSeek-R1 is open source: it's open weights.",
    ),
    (
        "rebutted as a myth",
        "Llama 3 is open source. That's a myth: it's source-available.",
    ),
    (
        "rebutted not true",
        "Llama 3 is open source. Not true: the license restricts use.",
    ),
    (
        "rebutted with actually",
        "You'd think Gemma 2 is open source. It's actually source-available.",
    ),
    # Red-team passages on this session's principles (limits each must keep).
    (
        "spec table row answered no",
        (
            "## Llama 3\n\n| Property | Value |\n|---|---|\n| Open source | No |\n| License | "
            "Llama 3 Community |"
        ),
    ),
    (
        "hedged fragment",
        "## Llama 3\n\nAlmost open source.",
    ),
    (
        "reported fragment",
        "## Gemma 2\n\nAllegedly open source.",
    ),
    (
        "fragment after naming software",
        "### Llama 3\n\nServed with vLLM. Open source, Apache 2.0.",
    ),
    (
        "fragment under a label",
        "## Llama 3\n\nThe fine-tuning code: open source, Apache 2.0.",
    ),
    (
        "cell under a column of tooling",
        "| Model | Tooling |\n|---|---|\n| Llama 3 | open source, plenty |\n| GPT-4 | closed SDKs |",
    ),
    (
        "claim followed by a noun in a tag line",
        "# Falcon 40B\n\nTII · May 2023\n\nOpen Source Inference · decoder only",
    ),
    (
        "run-in label over a baseline",
        "**Open-source models.** Our baseline is GPT-4o.",
    ),
    (
        "run-in label over exclusions",
        "**Open-source models.** We exclude Llama 3 and Gemma 2, which are source-available.",
    ),
    (
        "title that is a statement",
        "# Open-Source AI Models Are Overrated\n\nOur picks include GPT-4o and Claude 3.5 Sonnet.",
    ),
    (
        "title naming another noun",
        "# Alternatives to Open-Source LLMs\n\nOur picks include GPT-4o, Claude 3 and Gemini 1.5.",
    ),
    (
        "recap with the claim in an object",
        (
            "| Model | Org |\n|---|---|\n| Llama 3 | Meta |\n| Gemma 2 | Google |\n\nAll of the "
            "above compete with open-source models like OLMo 2."
        ),
    ),
    (
        "recap reported",
        "- Llama 3\n- Gemma 2\n\nThese are all claimed to be open-source models.",
    ),
    (
        "recap with the exception named",
        (
            "| Model | Org |\n|---|---|\n| OLMo 2 | AI2 |\n| GPT-4o | OpenAI |\n\nAll of the above "
            "are open-source models, with the exception of GPT-4o."
        ),
    ),
    (
        "heading that turns from its class",
        (
            "## Closed competitors to open-source models\n\n**GPT-4o** — the leader.\n\n**Claude "
            "3** — strong at code."
        ),
    ),
    (
        "heading asked over labels",
        (
            "## Do we still need open-source models?\n\n**GPT-4o** — cheaper every month.\n\n"
            "**Claude 3 Haiku** — very cheap."
        ),
    ),
    (
        "label set apart under a class heading",
        (
            "## Top open-source models for RAG\n\n**OLMo 2** — fully open, data included.\n\n"
            "**GPT-4o** — the closed baseline we compare against."
        ),
    ),
    (
        "caption naming closed models",
        "Proprietary baselines for our open-source models.\n\n- GPT-4o\n- Claude 3.5 Sonnet",
    ),
    (
        "as with",
        "As with open-source models, we use GPT-4o through a local proxy.",
    ),
    (
        "as-phrase with a closed reference",
        "As open-source baselines we use OLMo 2 and Pythia, and GPT-4o as a closed reference.",
    ),
    (
        "followed by, qualified",
        "Among open-source models, OLMo 2 leads, followed by GPT-4o if you count closed ones.",
    ),
    (
        "colon list of what is lacking",
        "Llama 3 wants to be three things: fast, cheap and open source.",
    ),
    (
        "colon members after a turn",
        (
            "Our stack mixes closed and open-source pieces: GPT-4o for reasoning and Whisper for "
            "transcription."
        ),
    ),
    (
        "stated aim of an alternative",
        "The goal of GPT-4o is to offer a closed alternative to open-source models.",
    ),
    (
        "result of distilling",
        "We distilled GPT-4 into a 7B student, producing an open-source model trained from scratch.",
    ),
    (
        "it past an unnamed model",
        (
            "The team trained a new model on Llama 3 outputs. It is a fully open-source model with "
            "released data."
        ),
    ),
    (
        "it after two models, neither the subject",
        "I moved from GPT-4 to OLMo 2 last month. It is an open-source model with all its data released.",
    ),
    (
        "hedged conjunct",
        "Mistral 7B is Apache 2.0 and almost open source.",
    ),
    (
        "card field with a reported note",
        "## Llama 3\n\n**Open source:** Yes (according to Meta)\n**Context:** 8K",
    ),
    (
        "refused to open-source",
        "OpenAI refused to open-source GPT-4o.",
    ),
    (
        "stopped open-sourcing",
        "Meta stopped open-sourcing Llama models.",
    ),
    (
        "refused, with a definite object",
        "GPT-4o launched in May. OpenAI refused to open source the model.",
    ),
    (
        "a definite object heading another noun",
        "We compared GPT-4 and Llama 3. Meta decided to open source the model weights later.",
    ),
    (
        "colon members after a replacing verb",
        "We replaced the open-source pieces: GPT-4o for dialogue, Claude 3 for summaries.",
    ),
    (
        "card field with a note that narrows it",
        "## Llama 3\n\n**Open source:** Yes (inference code only)\n**Context:** 8K",
    ),
    # Session 17.
    ("maker's possessive after a verb", "GPT-4 beats Mistral's first open-source model."),
    (
        "a noun before the claim after a time",
        "Meta released Llama 3 on Thursday, the benchmark open-source models chase.",
    ),
    (
        "description opened by another maker's possessive",
        "Google shipped Gemini 2.5 Pro this week. Meta's new model is open source, though.",
    ),
    (
        "demonstrative description after a phrase naming another model",
        "We tried GPT-4o. Compared with Mistral NeMo, this open-source model is slower.",
    ),
    ("a phrase in quotation marks", 'For a year I wrote "open-source Gemma" in my notes.'),
    ("closed alternatives heading", "## Closed alternatives to open-source models\n\n- GPT-4o\n- Claude 3\n"),
    ("heading over a list of licences", "## Open source licenses\n\n- Llama 3: custom\n- Gemma 2: own\n"),
    ("floating quantifier before a noun", "We tried Llama 3 and Phi-4, all open source fans of ours."),
    ("floating quantifier set apart", "We ran GPT-4o, Llama 3 and Phi-4 — all open source except the first."),
    ("yes-no question without a verb", "Open-source models good enough? GPT-4o still wins for us."),
    ("answer that negates", "The best open-source LLM right now? It's not Llama 3, that's for sure."),
    (
        "attribute fragment after two compared models",
        "Compared Gemma 2 and Phi-4 this week. Open source, fast.",
    ),
    (
        "attribute fragment after a runtime",
        "Got Phi-4 going on llama.cpp last night. Open source, tiny, fast.",
    ),
    (
        "class fragment after a statement about a model",
        "GPT-4o is quick. Open-source models, meanwhile, lag.",
    ),
    ("class question after a statement", "GPT-4o is quick. Open-source models?"),
    (
        "appositive after a place and time naming no model",
        "Google put Gemma 2 on Kaggle today, an open-source win for some.",
    ),
    (
        "maker named by 'by' is another's",
        "## Phi-4\n\nBuilt by Ai2, this open-source model is fully documented.\n",
    ),
    (
        "heading's list through a note that denies",
        "## Open-source image generators\n\nNone of these qualify:\n\n- FLUX.1 [dev]\n- Phi-4\n",
    ),
    (
        "heading that tells why we left",
        "## Why we left open-source image tools\n\nWe pay for these:\n\n- DALL-E 3\n",
    ),
    (
        "floating quantifier in a question",
        "Gemma 2, Phi-4, Llama 3 all open source? Not by the OSI's standard.",
    ),
    ("single-quoted phrase", "Please stop writing 'open-source Gemma 2' in release notes."),
    (
        "pronoun under a heading about a compound software noun",
        "# Gemma 2 Python SDK\n\nIt is open source.\n",
    ),
    (
        "singular appositive to the last of two names",
        "Adds Pixtral 12B (vision), and OLMo 2, Ai2's fully open-source model.",
    ),
    ("ranking aside with a name", "The open-source baseline (OLMo 2, 61.3%) edges out Llama 2 (58.0%)."),
    (
        "a label ending in a preposition",
        "### Phi-4\n\n- We compared it with: the open-source LLM most teams use\n",
    ),
    ("attribute fragment answered no", "Tried Gemma 2 9B. Open source, no. Open weights, yes."),
    (
        "claim echoed as a question and denied",
        'Mixtral 8x7B was sold as "the most capable open-source model", but its data stays secret.'
        " Open source? Hardly.",
    ),
    (
        "quoted claim answered by the next paragraph",
        '> Phi-4 is open source\n\nIt is "open weights" under MIT.\n',
    ),
    ("hearsay without that", "lol at folks saying Claude 3 is open source. It is an API."),
    ("a boss's belief", "my boss thinks ChatGPT is open source because it's free to use"),
    ("nobody thinks", "Nobody serious thinks GPT-4o is open source."),
    (
        "software named in a coordination",
        "First install the open-source Transformers and Accelerate libraries:\n\n```\npip install x\n```"
        "\n\nThen load Phi-4:\n",
    ),
    ("judged frame with a negation", "We need a model. For an open-source model, GPT-4o is not an option."),
    ("relative clause after software", "We run Gemma 2 via Ollama, which is open source."),
    ("a bare name alone", "Falcon is open source, and so is its flight software."),
    ("a bare name with a number", "Falcon 9 and OLMo 2 are both open source."),
    (
        "presented as such in the present tense",
        "Granite ships under Apache 2.0, which IBM describes as open source.",
    ),
    ("attribute fragment after software", "We serve Llama 3 through vLLM. Open source, fast."),
    (
        "attribute fragment after a titled paragraph's second sentence",
        "**Pick of the week: Ollama.** Serves Gemma 2 on a laptop. Open source, tiny install.",
    ),
    ("attribute fragment after two models", "I compared Llama 3 and GPT-4o. Open source, cheaper."),
    ("pronoun under a heading about an SDK", "# Phi-4 SDK\n\nIt is open source.\n"),
    ("coordinated clauses", "GPT-4 leads and the open-source models follow."),
    ("front matter keys that are not prose", "---\ntags: [open source, Llama 3]\n---\n\nText.\n"),
    (
        "card line naming a base model",
        "**Base model:** Llama 3 8B\n**Open source:** Yes\n",
    ),
    (
        "a labelled list that sets models apart",
        "The app runs open-source LLMs locally. Closed models: GPT-4o and Claude.",
    ),
    (
        "indefinite class, then a model set apart",
        "We pit a closed model against an open-source LLM. We use GPT-4o as the closed one.",
    ),
    (
        "any model of a class, then the one used",
        "Any open-source LLM will do. We use Gemini 1.5 Flash for speed.",
    ),
    ("an ordinary word that is also a name, in lower case", "Our whisper network tool is open source."),
    ("an animal in lower case", "The llama sanctuary publishes open source maps of its trails."),
    (
        "its models, after a rival named in a contrast",
        "Unlike OpenAI with GPT-4, Meta is praised for open-sourcing its models.",
    ),
    (
        "a fronted phrase with a noun of any kind",
        "In the open-source world, Llama 3 and Gemma 2 get most attention.",
    ),
    (
        "what critics call something else",
        "Meta shipped Llama 3.1, which critics call a step back for open-source AI.",
    ),
    ("a family name alone as a common word", "Intel's Granite Rapids firmware is open source."),
    (
        "indefinite class, then a default the writer turns from",
        "You can pull an open-source model. GPT-4o is still the better default, though.",
    ),
    (
        "glossary term whose example sets a model apart",
        "**Closed models.** Models behind an API, e.g. GPT-4o.",
    ),
    (
        "a bold line whose class is the subject and a name the object",
        "**An open-source model beat GPT-4o on coding.**\n\nThe details are below.\n",
    ),
    (
        "a line ending in a colon over headings, after a word that turns from the class",
        "Alternatives to open-source models:\n\n### GPT-4o\n\nFast.\n\n### Claude 3.5 Sonnet\n\nCareful.\n",
    ),
    (
        "an answer that reports what someone else says",
        "Which open-source model is best?\n\nMeta says Llama 3 is.\n",
    ),
    (
        "an answer of any members that says there are none",
        "Any open-source models here?\n\nNo, GPT-4o only.\n",
    ),
    ("a question with its auxiliary first", "Would Meta ever open-source Llama 4 Behemoth?"),
    ("a condition before a question", "If Llama 2 is open source, can I use it commercially?"),
    ("a question why others call it so", "Why is Llama 3 called open source?"),
    ("a model held up against its class", "GPT-4o shows that open-source models still lag behind."),
    ("a model showing what its class cannot do", "Claude 3 Opus shows open-source models can't keep up yet."),
    (
        "a model's part included in what a predicate calls open",
        "The code is open source, including the Llama 3 tokenizer.",
    ),
    # Session 21.
    (
        "a reply that denies the quoted claim with the name again",
        "> Mistral Large 2 is open source, you can download it\n\n"
        "mistral large 2 isn't open source, read the license.\n",
    ),
    (
        "a quoted claim turned right after the quote",
        'The post says "Llama 3 is fully open source", but its license limits large companies.',
    ),
    (
        "a class sentence over plain statements about other models",
        "We ran several open-source LLMs on our support tickets.\n\n- GPT-4o was the yardstick.\n"
        "- Claude 3 Opus cost the most.\n",
    ),
    (
        "a short last sentence that turns from the class",
        "We like open-source LLMs for this. But not these ones:\n\n- GPT-4o\n- Claude 3 Opus\n",
    ),
    (
        "a quotation a verb of saying introduces",
        'Our vendor runs Mixtral 8x7B, which its sales deck calls "open source and enterprise ready".',
    ),
    (
        "a quotation of a README",
        'The docs say "supports every open source model (Llama 3, Phi-3, Gemini via API)". Gemini is not.',
    ),
    ("a distancing adverb", "anyone tried qwen3 235b? it's supposedly open source but no quant fits my card"),
    ("a so-called claim", "Meta's so-called open-source Llama 3 still has a usage policy."),
    (
        "an instance that sets itself apart from the class",
        "Open-source models have improved a lot. GPT-4o, for instance, still beats all of them.",
    ),
    ("a claim said over and over", "Meta keeps saying Llama 3 is open source. Read the license."),
    (
        "a row's alternatives are not its model",
        "| Model | Notes |\n|---|---|\n| GPT-4o | open source alternatives exist, see below |\n",
    ),
    (
        "a plural noun of people, not models, before examples",
        "The meetup drew open-source fans, including Llama 3 users and Mistral 7B tinkerers.",
    ),
    (
        "a count of the other kind after its colon",
        "Two were open-source (OLMo 2 and Pythia) and three proprietary: GPT-4o, Claude 3.5 Sonnet "
        "and Gemini 1.5 Pro.",
    ),
    ("an organisation, not a model", "Mistral is a European open-source AI company, and a fast one."),
    (
        "what others assume a pronoun is",
        "When Stability released Stable Audio Open, the name made people assume it was open source.",
    ),
    (
        "a reply giving its reason and answer",
        "> Command R+ is an open source model\n\nit's CC-BY-NC, so no\n",
    ),
    (
        "headings under a class sentence that compares it with others",
        "We compared the best open-source LLMs with two APIs.\n\n"
        "### GPT-4o\n\nFast.\n\n### Claude 3 Opus\n\nSlow.\n",
    ),
    (
        "a list item without a word under a lead-in",
        "Open-source models we like:\n\n- ✅\n- 🚀\n",
    ),
    (
        "a plural reference after a colon, set against the class",
        "GPT-4o vs Claude 3.5: both are closed, unlike open-source models.",
    ),
    ("'not only' inverting another claim", "GPT-4o is great. Not only is it fast, it is cheap."),
    (
        "a pronoun for a bare brand that may be its maker",
        "We met the Mistral team in Paris. What makes it special is that it's open source.",
    ),
    ("what some call it", "We use GPT-4o. Some call it the best open-source model, which is wrong."),
    (
        "a label outlets gave it, denied",
        "OpenAI shipped gpt-oss. Several outlets called it open source, and it isn't.",
    ),
    (
        "a release verb's own object is what is released as open source",
        "The lab fine-tuned Llama 3.1 8B on case law and released the adapter as an open-source tool "
        "called JurisLoRA.",
    ),
    (
        "an item whose label sets its model against the lead's class",
        "Open-source models we tested:\n\n- Compared against: GPT-4o\n- Baseline: Claude 3 Opus\n",
    ),
    (
        "a class sentence that sets the table's models apart",
        "Most open-source models still trail these proprietary leaders.\n\n| Model | Score |\n|---|---|\n"
        "| GPT-4o | 90 |\n| Claude 3 Opus | 88 |\n",
    ),
    (
        "'notably' as a degree, not an example",
        "Open-source models, notably slower than GPT-4o, still win on cost.",
    ),
    (
        "a lead-in that sets the class aside before its colon",
        "Besides open-source models, we also tried:\n\n- GPT-4o\n- Claude 3 Opus\n",
    ),
    ("a forum question why everyone calls it so", "why does everyone call gemini open source?? api only"),
    ("a plural reference denied", "We tried GPT-4o and Claude 3 Opus. These are not open-source models."),
    (
        "examples of software, not models",
        "The app builds on open-source projects, including LangChain and Ollama, to run Llama 3.",
    ),
    (
        "a relative clause whose copula equates no name",
        "The open-source models that beat GPT-4o on this test are still rare.",
    ),
    # A release clause after a colon that turns, or after a lead that is no announcement.
    (
        "release clause through an API",
        "A setback for open-source AI: Google released Gemini 2.0 only through its API.",
    ),
    (
        "release clause after how the class fares",
        "Open-source models are catching up: OpenAI released GPT-4o mini to compete.",
    ),
    (
        "release clause denied",
        "The open-source debate flared again: Meta released Llama 3.1 and the OSI said it does not qualify.",
    ),
    ("release clause with a turn", "Open-source AI keeps growing: OpenAI released GPT-4.5 anyway."),
    (
        "release clause to paying users",
        "Open-source fans were disappointed: xAI released Grok-1.5 only to its X Premium users.",
    ),
    # A reply typed right under a quoted claim takes it back.
    (
        "reply under a quote gives the reason and the answer",
        "> Command R+ is an open source model\nit's CC-BY-NC, so no",
    ),
    (
        "reply under a quote opens with nope",
        "> Stable Diffusion 3 is open source\nnope. community license, revenue cap",
    ),
    (
        "reply under a quote restates the status",
        "> Mixtral is open source\nit's open weights actually, apache 2.0",
    ),
    (
        "reply below a quote opens with a bare no",
        "> Llama 3 is open source\n\nNo. The license caps it at 700M users.",
    ),
    (
        "copula past a hearsay aside",
        "The most talked-about open-source model this year is, according to OpenAI, GPT-4o.",
    ),
    ("copula past a negated aside", "The best open-source model is, sadly, not Llama 3."),
    ("answer with a bare no", "best open source model under 15B? GPT-4o mini, no."),
    (
        "a question of names after an unnamed model",
        "We needed an open-source model that fits one GPU. Mistral Small 3?",
    ),
    ("a name after a model not found", "Couldn't find an open-source model that handles this. GPT-4o."),
    (
        "a name with a clause after an unnamed model",
        "We tried an open-source model first. GPT-4o won anyway.",
    ),
    (
        "fragment turned after two models",
        "switched from Mistral Small 3 to GPT-4o. open source but too slow for us.",
    ),
    ("fragment hedged by but", "Just tried Llama 3.1 8B. Open source, but only the weights."),
    (
        "fragment hedged by a license",
        "Just tried Llama 3.1 8B. Open source, but with a license that caps users.",
    ),
    ("another maker's model", "Llama 3 runs here. Google's open-source model runs there."),
    ("the maker's next model", "Llama 2 was fine. Meta's next open-source model will be bigger."),
    ("the maker's newer model", "Llama 2 was fine. Meta's newer open-source model is better."),
    (
        "two models of the maker",
        "Our bot runs on Mixtral 8x7B and Mistral 7B. Mistral's open-source model handles easy questions.",
    ),
    ("a denial echoed with neither", "Llama 2 is not open source. Neither is Mistral 7B, though."),
    ("though after another predicate", "Llama 2 is not open source. Mistral 7B is fast, though."),
    (
        "focus adverb before a reason",
        "Most pilots use an open-source model, usually because GPT-4o is too expensive.",
    ),
    (
        "a quoted claim answered with the license",
        "> Codestral 22B is open source\n\nit's under the Non-Production License. you cannot use it in prod",
    ),
    (
        "a reported claim disputed with the license",
        "The README says Stable Cascade is open source, but the license is non-commercial. Could you fix it?",
    ),
    (
        "a maker's claim disputed with its cap",
        "Meta says Llama 3 is open source, but the license restricts firms with 700M users.",
    ),
    (
        "examples going on into a clause",
        "Pilots include an open-source model, most often Llama 3.3 or a Qwen variant we cannot name.",
    ),
    # Session 24.
    (
        "a maker's description of a maker not named",
        "We compared Llama 3 and GPT-4o. Google's model is open source.",
    ),
    (
        "a later denial takes the claim back",
        "The docs say Phi-4 is the cheapest open-source option. It isn't open source at all; please fix.",
    ),
    (
        "a reply in a thread denies the claim",
        "**u/a**\nPhi-4 is open source and still the best for RP imo\n\n**u/b**\n"
        "it's not open source, it's MIT weights only. but yeah it's good",
    ),
    ("a correction to open weights", "Qwen3 is open source. Well, it's open weights."),
    (
        "the base a model was built on",
        "Sarvam AI announced Sarvam-M, a model built on Mistral Small, and released it as open source.",
    ),
    ("a finetune of a model", "Someone just open sourced a Phi-4 finetune for roleplay."),
    (
        "an embedded question past an adverb",
        "A lawmaker asked whether Anthropic would ever open-source Claude.",
    ),
    (
        "a bracket after a tool's name",
        "To run Phi-4 locally, install llama.cpp (open source, MIT) and grab a GGUF quant.",
    ),
    ("a hyphenated tool name", "We used the open-source lm-eval-harness. models: phi-4, qwen3"),
    ("among people", "Among open-source fans, Phi-4 is popular."),
    ("a restrictive relative in a verb's object", "Llama 3 beats the models that are open source."),
    ("a forum's isnt", "Phi-4 isnt open source."),
    ("a forum's doesnt", "llama doesnt count as open source"),
    ("a reply of no it isnt", "> Phi-4 is open source\n\nno it isnt lol. read the license."),
    (
        "so not quite",
        'From the announcement: "Phi-4 is the largest open-source model in the industry." '
        "The license caps monthly users, so not quite.",
    ),
    ("stop calling", "Stop calling Phi-4 open source."),
    (
        "a reported quote in single quotes",
        "Earlier this year, the ministry said it would standardise on 'open-source AI such as Llama'. "
        "Officials have since revised it.",
    ),
    ("a heading over plain sentences", "## Open-source models\n\nPhi-4 is small. Qwen3 is multilingual.\n"),
    (
        "a list item whose second sentence opens with another name",
        "Open source models:\n\n* OLMo. Mistral 7B is great.\n* OLMo 2\n",
    ),
    ("closed models like next", "We like open source models. Closed models like GPT-4o are fine."),
    ("another maker's models", "We use Granite 4.0. Meta's models use less memory. They're open source."),
    (
        "a wish answered with the wrong choice",
        "If you want an open-source model, GPT-4o is the wrong choice.",
    ),
    ("a likeness, not examples", "Open-source models have caught up fast, like Llama 3 did last year."),
    ("a noun before for a class", "Llama 3 is a license for an open-source model."),
    ("a clause before for a class", "Llama 3 is what we pay for an open-source model."),
    ("a fragment whose next item has a subject", "Phi-4 is wild. Open source, the weights are on HF."),
    (
        "the claim as a subject past an aside",
        "We tried GPT-4o. Open source, on the other hand, is catching up fast.",
    ),
    ("a bare heading that asks", "## Open source?\n\n- Mistral 7B\n- Phi-4"),
    ("a bare heading that denies", "## Not open source\n\n- GPT-4o\n- Claude 3.5 Sonnet"),
    (
        "a table header of the models one open-source model is set beside",
        "How our open-source model compares:\n\n| Benchmark | Ours | GPT-4o | Claude 3.5 Sonnet |\n"
        "|---|---|---|---|\n| MMLU | 71.2 | 88.7 | 88.3 |",
    ),
    (
        "a title over a note that turns to closed models",
        "Top open-source LLMs for support bots\n\nWe tried them all, but these hosted ones won in the end."
        "\n\n- GPT-4o\n- Claude 3.5 Sonnet",
    ),
    (
        "a card's note about other models",
        "**Model:** Llama 3 8B\n**Notes:** we compared it with open-source LLMs from Mistral",
    ),
    (
        "a lead-in whose colon introduces the closed ones",
        "We compared our favourite open-source model with two closed ones:\n\n"
        "| Benchmark | GPT-4o | Claude 3.5 Sonnet |\n|---|---|---|\n| MMLU | 88.7 | 88.3 |",
    ),
    (
        "a lead-in whose list is of the closed ones",
        "Here is how our open-source model fares against closed models:\n\n- GPT-4o\n- Claude 3.5 Sonnet",
    ),
    (
        "label lines under no claim",
        "Models in our stack:\n\nchat: Llama 3.1 8B\ncode: Codestral 22B\n\nThe server is open source.",
    ),
    (
        "a heading denying its plural subject",
        "## None of these models are open source\n\n- Llama 3.1 8B\n- Gemma 2 9B",
    ),
    (
        "a table of open models under a lead-in",
        "The open-source models we tried:\n\n"
        "| Benchmark | OLMo 2 7B | Pythia 6.9B |\n|---|---|---|\n| MMLU | 61.3 | 25.5 |",
    ),
    ("a fragment under something that is no licence", "Phi-4 landed today. Open source under the hood."),
    ("a negative subject of the verb", "Nobody has ever open-sourced GPT-4o, and nobody will."),
    ("a tag question after a comma", "Phi-4 is open source, is it?"),
    ("a question about the act of releasing", "Has xAI open-sourced Grok-2 yet?"),
    ("it after weighing two models without a choice", "We compared Phi-4 and GPT-4o. It is open source."),
    ("a claim taken back: on paper only", "Gemma 2 is open source on paper only."),
    ("a claim taken back: only on paper", "Gemma 2 is open source only on paper."),
    ("a fronted contrast before a copula claim", "Unlike GPT-4o, OLMo 2 is open source."),
    ("a superlative class since a date", "OLMo 2 is the best open-source model since March."),
    (
        "a label others give it, in a relative clause",
        "Gemma 2, which the company calls open source, may not be used to train rival models.",
    ),
    ("a label in quotation marks after a verb of presenting", 'Meta presents Llama 3.1 as "open source AI".'),
    ("the writer's own past label, corrected", "Correction: last week we described Phi-4 as open source."),
    ("heard over and over", "I keep hearing that Llama 3.2 is open source."),
    ("a short code as an example of a model noun", "Open-source models like R1 are popular."),
    (
        "a clause after a comma and its conjunction",
        "OpenAI ships GPT-5.1, and the open-source race heats up.",
    ),
    ("a contracted would with if", "They'd open source Llama 4 Maverick if the lawyers let them."),
    ("asked whether they would ever", "I asked whether they'd ever open source Claude 3 Haiku. No plans."),
    ("a requirement the choice turns from", "We wanted something open source, but went with GPT-4o."),
    (
        "a requirement, then a choice made instead",
        "We need an open-source model. We ended up with GPT-4o instead.",
    ),
    ("said by them, after the claim", "Stable Diffusion 3 Medium is open source, they said."),
    ("the writer's belief left behind", "I used to think Gemma 2 was open source. Then I read its terms."),
    ("what the writer would have said once", "Two years ago I'd have told you Llama 2 was open source."),
    (
        "told to the writer by someone",
        "Every time someone tells me Llama 3 is open source I send the licence.",
    ),
    ("a colon, then what we took out", "Our open-source stack: we replaced GPT-4o with OLMo 2."),
    (
        "all after a dash, within a bracket of its own",
        "We left GPT-4o, Claude and Gemini for a local stack "
        '("LangChain, Chroma and Ollama — all open source").',
    ),
    (
        "a claim under a myth label",
        'Myth: "Gemini is open source because Google publishes papers."\n'
        "Fact: its weights were never released.",
    ),
    (
        "a quoted claim answered with the status in its place",
        "> phi-4 is open source, just run it\n\nopen weights, and the data was never released",
    ),
    (
        "a document's terms quoted after a verb of requiring",
        'The grant rules demand projects based on "an open-source model such as Mistral 7B".',
    ),
    (
        "a requirement the choice does not meet",
        "The grant only allows open-source models, so we could not use GPT-4o.",
    ),
    (
        "no requirement, then a choice",
        "We do not need an open-source model, so we went with Claude 3.5 Sonnet.",
    ),
    (
        "a request to add a model to the class's list",
        'Issue #12: "Add Gemma 2 9B to the list of open-source models"',
    ),
    (
        "added to a collection beside the class",
        "Nimbus Cloud added GPT-4o to its catalog, next to open-source models.",
    ),
    (
        "a bare claim as a subject before its bracket",
        "Open source (Llama 3.2, Phi-4-mini) keeps us independent.",
    ),
    (
        "a lab that open-sourced things",
        "Mistral AI, the lab that open-sourced Mistral 7B's tokenizer, is French.",
    ),
    (
        "a glossary's terms, each with its own examples",
        "**Open-weight model** — weights you may download (e.g. Phi-4, Qwen2.5).\n"
        "**Open-source model** — weights, code and data all open (e.g. OLMo 2, Pythia).",
    ),
    (
        "a clause before a title's colon",
        "How I host a private ChatGPT at home: Open WebUI (open source) in front of Llama 3.1 8B.",
    ),
    (
        "both with a noun of its own",
        "Mistral 7B drafts and Mixtral 8x7B reviews. Mistral AI open-sourced both tokenizers.",
    ),
    (
        "object relative whose noun is another verb's object",
        "Qwen 2.5 beats the model 01.AI open-sourced.",
    ),
    (
        "object relative after every",
        "Llama 3 outperforms every model we open-sourced last year.",
    ),
    (
        "an object, then a name with a verb of its own",
        "Google open-sourced a tokenizer this week and Gemini remains closed.",
    ),
    ("possessor of a tool", "They open-sourced Llama 3's tokenizer."),
    ("negated possessor of weights", "Nobody has open-sourced GPT-4's weights."),
    (
        "question title between item marks",
        "Related reading: *Is Gemma open source?* · *The Llama license explained*",
    ),
    (
        "title note with a question word",
        "## Open-source image generators (and why we avoid them)\n\n"
        "1. **SDXL** — fast\n2. **FLUX.1 [dev]** — detailed\n",
    ),
    (
        "label lines: the closed line is not the open one's",
        "Closed: GPT-4o, Gemini 2.5 Pro\nOpen-source: OLMo 2, Pythia\n",
    ),
    ("a name standing for a kind, of an unlisted subject", "MOSS was China's first open source ChatGPT."),
    ("a question from its start, with a later clause", "Is Mistral 7B open source, and is it any good?"),
    (
        "a negated labelling verb over a list",
        "Suppliers shall not describe Gemma 2, DeepSeek-V3 or any Llama model as open source.",
    ),
    (
        "a negated labelling verb, never",
        "Please never market Gemma 2, Gemma 3 or Llama 3 as open-source models.",
    ),
    ("whether asks about the predicate", "It is unclear whether Llama 3 is open source."),
    ("hearsay told to the reader", "People will tell you that Mixtral is open source."),
    ("why a label was given", "Why is Gemma 2 listed as open source on that leaderboard?"),
    ("open source in spirit", "A spokesperson said the Falcon 3 family was open source in spirit."),
    (
        "it as the object of an infinitive in the subject",
        "GPT-2 is a fine teaching model. OpenAI published the weights, and the code to run it is open"
        " source.",
    ),
    (
        "a quoted claim, the reply's status term late",
        "> Mistral 7B is open source\n\nApache on the weights, sure. but no data, so I'd say open weights.\n",
    ),
    (
        "a quoted claim, the reply denies it",
        "> Gemma 2 is open source\n\nit ships under its own terms with a use policy, so not open source.\n",
    ),
    (
        "purposes do not extend a premodified name",
        "We use the open-source OLMo 2 for research, GPT-4o for production.",
    ),
    (
        "a heading of another class between a lead-in and a list",
        "We support these open-source models:\n\n## Closed models\n\n- GPT-4o\n- Claude 3\n",
    ),
    (
        "a bold label of another class between a lead-in and a list",
        "We support these open-source models:\n\n**Closed models**\n\n- GPT-4o\n- Claude 3\n",
    ),
    ("a denied bare claim item over nested items", "- Not open source\n  - GPT-4o\n  - Claude 3\n"),
    ("a rumour that", "The rumour that Claude Opus 4 would be open-sourced never made sense."),
    (
        "this with a noun of its own",
        "Train LoRAs for Kolors, whose weights are for research only. This trainer is MIT-licensed open"
        " source.",
    ),
    (
        "a colon clause that gives the names their status",
        "It does not mean we only use open-source models: Llama 3.3 70B, which we run, is open weights, not"
        " open source.",
    ),
    (
        "a reply that holds up the claim's word in quotes",
        "> Meta deserves credit for open-sourcing Llama 3\n\n"
        'For releasing weights. "Open-sourcing" is their word.\n',
    ),
    (
        "all of these with a noun of its own",
        "GPT-2 uses byte-level BPE; Llama uses SentencePiece. All of these tokenizers are open source.",
    ),
    (
        "a quoted label after as",
        'The developers describe Aquila2-34B as "the strongest open-source bilingual model".',
    ),
    (
        "unlike a class, a list of tiers after the comma",
        "They said that, unlike open-source rivals, Nova Micro, Lite and Pro are sold only via Bedrock.",
    ),
    (
        "a gerund without its object",
        "Baidu, long a critic of open-sourcing, released ERNIE 4.5 under Apache 2.0.",
    ),
    (
        "a promise the next sentence says was not kept",
        "Musk said Grok 3 would be open-sourced soon. As of this week, it has not been.",
    ),
    (
        "a quoted claim the reply calls wrong",
        '> "Gemma 2 is open source, so any use is allowed."\n\n'
        "This sentence from a blog post is wrong on two counts.\n",
    ),
    (
        "a quoted claim the reply says is not OSI",
        "> kimi k2 is open source\n\n"
        "modified MIT with an attribution clause. fine for most of us but technically not OSI\n",
    ),
    ("something open source not wanted", "I don't want something open source. I use GPT-4o."),
    (
        "a question looking for one of the class, answered with another",
        "Looking for an open-source model with a long context? GPT-4o is better anyway.",
    ),
    (
        "a column of bases under a claim about the rows",
        "Our checkpoints are open source (MIT):\n\n"
        "| Name | Base |\n|---|---|\n| `caption-b` | Florence-2-base |\n",
    ),
    ("a participle after an article in an object", "GPT-4o was compared with a distilled open-source model."),
    (
        "a participle whose object is the subject's older models",
        "Meta released Llama 3, open-sourcing its older models too.",
    ),
    (
        "a relative after and on another noun",
        "We use GPT-4o, which is fast, and a tool which Meta open-sourced.",
    ),
    (
        "a wished-for kind of the model",
        "I'd love an open-weights Claude 3.5 Sonnet, honestly.",
    ),
    (
        "a denied kind of the model",
        "There's simply no such thing as an open-source Gemini 1.5 Pro.",
    ),
    (
        "a bracket annotates the word before it",
        "# Phi-4 playground\n\n"
        "A chat demo for Phi-4 — the compact model from Microsoft — built with Streamlit (open source).",
    ),
    (
        "a common-word name that a description calls software",
        "Falcon is an open-source web framework for building APIs and models.",
    ),
    (
        "a label's status that someone disputes",
        "Why is Gemma 2's open-source status questioned by so many lawyers?",
    ),
    (
        "a claim that a noun after a comma says was rejected",
        "Meta says Llama 3.1 is open source, a claim the OSI has rejected.",
    ),
    (
        "a promise the text says is still unkept",
        "xAI promised to open-source Grok 3. So far it remains proprietary.",
    ),
    (
        "a possibility, not an act",
        "Meta might open-source Llama 5 next year.",
    ),
    (
        "an ability joked about",
        "Interesting update! They can open-source GPT-4 now haha",
    ),
    (
        "a relative after an apposition that says something else",
        "We use Llama 2, our default chat model, which runs locally.",
    ),
    (
        "a hashtag over a post about tools",
        "#opensource tools for running Llama 3 locally: a thread 🧵",
    ),
    (
        "a hashtag over software that serves a model",
        "#opensource vLLM now serves Llama 3 faster than ever.",
    ),
    (
        "a heading's short name with no maker below",
        "### Falcon\n\n- **Description**: Open-source web framework for Python APIs.",
    ),
    (
        "a claim reported after 'that' about the name itself",
        "Meta claims that Llama 3 is an open-source model.",
    ),
    (
        "'both of which' after the names it is about, not a name before",
        "Gemini isn't open source, and neither is Claude. Try Mistral NeMo or Phi-4, both of which are open "
        "weights.",
    ),
    (
        "short of the claim: 'almost'",
        "Llama 3 is almost open source.",
    ),
    (
        "short of the claim: 'semi-'",
        "Llama 3 is a semi-open-source model.",
    ),
    (
        "an open-source GPT family of another maker",
        "Cerebras-GPT, a set of open-source GPT models from 111M to 13B parameters, can be downloaded.",
    ),
    (
        "a Greek letter, no model",
        "Let Phi be the golden ratio; the open-source library computes it.",
    ),
    (
        "a wish with 'to be'",
        "We want Llama 3 to be open source.",
    ),
    (
        "a relative that names something else",
        "Mistral AI launched a new open-source model, which it calls its best work yet.",
    ),
    (
        "a step back for a class",
        "Keeping Gemini closed was a step back for open-source models.",
    ),
    (
        "making a name the default, then a class",
        "We made Llama 2 faster and open-source models slower.",
    ),
    (
        "a description label before a fragment naming software",
        "### BLOOM\n\n**Description:** Runs with vLLM, fully open source.",
    ),
    (
        "a championing verb over a clause, not the class",
        "GPT-4 redefined what open-source models aim for.",
    ),
    (
        "a championing verb whose subject is no model",
        "Regulators in Europe legitimised open-source models.",
    ),
    (
        "open-sourcing a rival of a named model",
        "Alibaba open-sources a GPT-4o rival.",
    ),
    (
        "a headline open-sourcing a rival of a named model",
        "Alibaba Open-Sources GPT-4o Rival",
    ),
    (
        "'it' with only a contrasted name before it",
        "Unlike GPT-4, it is open source.",
    ),
    (
        "a description of another maker's newest release",
        "Llama 3 is here. The latest open-source model from Mistral is faster.",
    ),
    (
        "software offers an open-source alternative",
        "Compared with GPT-4, Ollama offers an open-source alternative.",
    ),
    (
        "a fronted 'For' over a yardstick",
        "For open-source models, GPT-4o is the yardstick.",
    ),
    (
        "a match-up title's description that fits either side",
        "Llama 3 vs Mistral 7B: the open-source champion",
    ),
    (
        "a result clause making a model the default of a tool",
        "We made Llama 3 the default in our open-source tool.",
    ),
    (
        "a name after '#' inside a word",
        "See notes#mistral-7b; the page is open source.",
    ),
    (
        "a fronted range of closed models before a class",
        "From GPT-4 to Claude, closed models lead, but open-source models catch up.",
    ),
    (
        "'as well as' before a singular relative",
        "We tested GPT-4o as well as Mistral 7B, which is open weights.",
    ),
    (
        "a label given with 'branding it as'",
        "xAI put out Grok 2 last year, branding it as an open-source model.",
    ),
    (
        "a colon lead-in that turns from the class over names",
        "Alternatives to open-source models:\nGPT-4o\nClaude 3",
    ),
    (
        "closed models named in the next sentence",
        "We compared open-source models. The closed models, named GPT-4o and Claude, won.",
    ),
    (
        "a wish's 'to' in prose",
        "We want Grok 2 to go open source.",
    ),
    (
        "group noun of a class",
        "Meta's open-source family of models includes many sizes.",
    ),
    (
        "relative clause with its own subject",
        "The data that Llama 3 was trained on is open source.",
    ),
    (
        "phrase of place after a software noun",
        "Support for Llama 3 in vLLM is open source.",
    ),
    (
        "maker's next model under its heading",
        "# Gemma 3\n\nGoogle's next open-source model is coming.",
    ),
    (
        "a bare link after a statement about the writer's code",
        "We benchmarked Phi-3.\n\nhttps://example.com/bench/\n\nThe harness is open source.",
    ),
    (
        "implied member: outperforms the class",
        "Mistral 7B outperforms open-source models twice its size on most benchmarks.",
    ),
    (
        "implied member: derived from the class",
        "Phi-3 was distilled from open-source models.",
    ),
    (
        "implied member: uses the class",
        "BLIP-2 leverages open-source large language models for its text side.",
    ),
    (
        "implied member: a closed model sets the bar",
        "GPT-4 sets the bar for open-source models.",
    ),
    (
        "implied member: the maker's apposition",
        "Mixtral comes from Mistral AI, a startup that makes open-source models.",
    ),
    (
        "implied member: another subject",
        "Llama 3 shipped in April, and we now prefer open-source models.",
    ),
    (
        "implied member: a question",
        "Does Llama 3 lead open-source AI?",
    ),
    (
        "implied member: a list of subjects is another path",
        "Llama 3 and GPT-4 shape the debate over open-source AI.",
    ),
    (
        "a headline that asks after its colon",
        "Llama 3 is open source: is it, though?",
    ),
    (
        "a maker's open-source approach",
        "Mistral won attention for its open-source approach.",
    ),
    (
        "topic frame, a closed model set against it",
        "When it comes to open-source LLMs, GPT-4 still beats them all.",
    ),
    (
        "a real condition with 'if we'",
        "If we release Llama 3 as open source, our lawyers will object.",
    ),
    (
        "a table cell's alternatives with a license",
        "| Model | Notes |\n|---|---|\n| GPT-4 | open-source alternatives with a permissive license exist |",
    ),
    (
        "a card's line about a part",
        "### BLOOM\n\n**Author:** BigScience\n**Tokenizer:** open source",
    ),
    (
        "a heading that leaves its class, over a bold-led paragraph",
        "## Why we left open-source models\n\n**GPT-4** is what we use now.",
    ),
    (
        "a tool that shares a model's name",
        "Mistral is an open-source Rust SDK for the Mistral AI API.",
    ),
    (
        "a negated first predicate",
        "Llama 2 is not free, and open source.",
    ),
    (
        "a maker meets the class's challenge with a closed model",
        "OpenAI answered the open-source challenge with GPT-4o mini.",
    ),
    (
        "a maker competes with the class",
        "Meta competes with open-source rivals with Llama 3.",
    ),
    (
        "a tool in apposition",
        "We serve Llama 3 with vLLM, an open-source inference engine.",
    ),
    (
        "a dataset in apposition",
        "We trained Mistral 7B on The Pile, an open-source dataset.",
    ),
    (
        "coordinated adjectives of another noun",
        "Cherry is an open source, ChatGPT alternative with these features:",
    ),
    (
        "a lead-in that compares, over a feature",
        "Compared with GPT-4:\n\n- Fully open source",
    ),
    (
        "a lead-in that leaves a model, over its features",
        "How we moved away from GPT-4o:\n\n- Fully open source\n- Cheaper",
    ),
    (
        "implied member: a closed model in a class's domain",
        "GPT-4 dominates the open-source LLM space.",
    ),
    (
        "implied member: software's domain",
        "Llama 3 runs in the open-source software world.",
    ),
    (
        "a maker's name alone",
        "Mistral AI is an open-source champion from Paris.",
    ),
    (
        "a study that names its models itself",
        "This guide compares open-source models with GPT-4o. We test GPT-4o and Llama 3.",
    ),
    (
        "a Python client named after a model",
        "The mistral-python client is open source.",
    ),
    (
        "'since X' with no name after it",
        "It is the first open-source model since GPT-2, and it is good.",
    ),
    (
        "a colon before a clause",
        "An open-source model we tried: GPT-4o and Llama 3 both failed.",
    ),
    (
        "'artificial intelligence tools' are software",
        "We build open-source artificial intelligence tools for Llama 3.",
    ),
    (
        "a software noun's object past a determiner",
        "The training scripts for the Gemma models are open sourced, and checkpoints can be requested.",
    ),
    (
        "'as well' missing its second 'as'",
        "Learn to benchmark OpenAI GPT-4 models as well Open-source GPT models e.g. GPT-J and GPT-J-6B.",
    ),
    (
        "a fronted 'as' phrase heading a person's noun",
        "As a fan of open-source models, I keep coming back to Llama 3.",
    ),
    (
        "a fronted 'as' phrase on an organisation",
        "As an open-source lab, Mistral AI trains its models in Paris.",
    ),
    (
        "a long form that names a definition, not a model",
        "Read the Open Source AI Definition (OSAID) before you describe Llama 3.",
    ),
    (
        "a system noun after a preposition",
        "We host Llama 3 on a serving system that is open source.",
    ),
    (
        "a verb claim in a sentence before the lead-in",
        "Models were open-sourced by many labs. Our picks:\n\n- Llama 3\n- GPT-4o",
    ),
    (
        "an 'of' noun whose name qualifies another thing",
        "An open-source release of the Llama 3 tokenizer is now on GitHub.",
    ),
    (
        "a label of attributes after a paragraph naming two models",
        "Llama 3 and Mistral 7B both run locally.\n\n**Highlights:**\n\n- Sizes from 7B to 70B\n- "
        "Open source under a community license",
    ),
    (
        "a labelled item that answers no",
        "Why we picked Llama 3:\n\n- Open source: no, its license restricts use",
    ),
    (
        "a tagline whose noun is no role a model plays",
        "### Mixtral 8x7B\n\nOpen-source momentum.",
    ),
    (
        "a tagline followed by more sentences in its block",
        "### Mixtral 8x7B\n\nOpen-source giant. It has eight experts.",
    ),
    (
        "a match-up under two classes set against each other",
        "Open Weights vs Closed: Llama 3 vs GPT-4o",
    ),
    (
        "a name in a fronted phrase of the base is no subject",
        "Built on Llama 3, our model is open source.",
    ),
    (
        "bare adjectives after a dash in a comparison describe either side",
        "Llama 2 beats GPT-4 — free, open-source and local.",
    ),
    (
        "a tagline whose next sentence sets the name apart",
        "An open-source model for everyone. GPT-4o is not one.",
    ),
    (
        "a fronted 'with' phrase that is a clause of its own",
        "With open-source competition heating up, OpenAI released GPT-4o.",
    ),
    (
        "a quality offered by software for a model",
        "vLLM offers open-source flexibility for Llama 3.",
    ),
    (
        "a dash after a name a preposition's object inside another noun phrase",
        "A profile of Meta, the lab behind Llama 3 — open-source strategy and research culture.",
    ),
    (
        "a release noun's model set apart later",
        "Google's latest release of its Gemma 2 models made headlines. GPT-4o, by contrast, stays "
        "closed; it is not open-source.",
    ),
    (
        "a heading of attributes after a paragraph that opens on two models",
        "Llama 3 and Mistral 7B both run locally.\n\n### Key Features\n\n- Sizes from 7B to 70B\n- "
        "Open source under a community license",
    ),
    (
        "a title's range before a colon and a clause of 'we'",
        "From Llama 2 to GPT-4o: Why We Dropped Open-Source Models",
    ),
    (
        "a bare plural class after a dash opens a clause of its own",
        "Gemma 2 is handy — open-source models keep getting better.",
    ),
    (
        "an item that says 'weights' under a class lead-in is set apart from the class",
        "## Our favourite open-source models\n\n- **OLMo 2** - data and code too\n- **Mistral 7B** "
        "- only the weights, though\n",
    ),
    (
        "a class with its own adjective is another class",
        "Runbox runs open-source LLMs locally. It also works with hosted models like GPT-4o.",
    ),
    (
        "a class after a comparison verb is a yardstick",
        "Runbox runs open-source LLMs locally. It even outperforms models like GPT-4o on price.",
    ),
    (
        "'unlike' sets the examples apart",
        "Runbox runs open-source LLMs locally. Unlike models such as GPT-4o, they stay private.",
    ),
    (
        "a class the sentence before coordinates with closed APIs covers both kinds",
        "Forty models ship as open-source checkpoints or closed APIs. The list has models like "
        "Llama 2, Gemini and GPT-4.",
    ),
    (
        "a paragraph under a class heading that sets its model apart ends the list",
        "## Open-Source Models We Tried\n\nQwen2.5-Coder did well on Python.\n\nGPT-4o was our baseline.\n",
    ),
    (
        "paragraphs that name a model later than their first words list nothing",
        "## Open-Source Models We Tried\n\nOn Python, Qwen2.5-Coder did well.\n\nThe quickest was "
        "Mistral 7B.\n",
    ),
    (
        "a turn before the examples' end sets them apart",
        "Runbox runs open-source LLMs locally. It supports models like Llama 3, but not GPT-4o.",
    ),
    (
        "a bracket of examples after a contrasted class is not the claim's",
        "Unlike walled models (like GPT-5 and Claude 4), open-source models let you self-host.",
    ),
    (
        "a name that is also its maker's names the lab under an initiative noun",
        "Open-source efforts such as DeepSeek grew fast.",
    ),
    (
        "a demonstrative before a tool noun is no model",
        "We read about GPT-4o. This remarkable open-source chat tool helps.",
    ),
    (
        "an open-source version of a model is another model",
        "OpenAI shipped an open-source version of its flagship model, GPT-4o, to partners.",
    ),
    (
        "a maker's possessive ranked among labs is no model's",
        "Phi-3's maker ranks first among open-source labs.",
    ),
    (
        "names after a comparison are no antecedent of 'the models'",
        "Our new models beat GPT-4o and Claude 3. We open-source the models.",
    ),
    (
        "a participle after a name in a verb's object is no headline",
        "We tested Gemma 2 model released and open-sourced by Google.",
    ),
    (
        "a comma and 'and' before a new subject still open a clause",
        "Gemma 2 got faster, and open-source models keep pace.",
    ),
    (
        "a blog's name after a headline's dash is no claim",
        "Google ships Gemma 4 under Apache 2.0 — Google Open Source Blog",
    ),
    (
        "a given name is no model without its maker or a list",
        "Aya said the open-source meetup starts at six.",
    ),
    (
        "a label the next sentence disputes is reported",
        "Meta billed Llama 3 as open source. Critics disagree, since its licence limits use.",
    ),
    (
        "a label given by others at a distance is reported",
        "That leaked file was described by many as an open-source Mistral release.",
    ),
    (
        "a name qualifying a class is no member of it",
        "GPT-4 level open-source models are here.",
    ),
    (
        "a hyphenated qualifier is no model of its own",
        "GPT-4-class open-source models are here.",
    ),
    (
        "a list of labs under a class heading names makers, not models",
        "## Open-source models by lab\n\n- 01.ai\n- Alibaba\n- Cohere\n- DeepSeek\n- Google\n- "
        "Meta\n- Mistral\n",
    ),
    (
        "a label its giver is named for is reported",
        "Google shipped Gemma 2, which it described as the strongest open-source model of its size.",
    ),
    (
        "a lab's success under a name that is also its maker's",
        "DeepSeek's open-source success rattled investors.",
    ),
    (
        "popularity in a community ranks no model among the class",
        "Gemma 2 is very popular in the open-source community.",
    ),
    (
        "a comparison with the community sets the model apart",
        "GPT-4o is the strongest model, unlike anything in the open-source community.",
    ),
    (
        "a hedged yes answers no row header",
        "| Feature | Llama 3 | Gemma 2 |\n|---|---|---|\n| Open source | Yes, but only weights | "
        "partially |\n",
    ),
    (
        "a hedged yes under a claim's column",
        "| Model | Open Source |\n|---|---|\n| Llama 3 | Yes, weights only |\n| GPT-4o | No |\n",
    ),
    (
        "a lab's possessive before the verbal noun",
        "DeepSeek's open-sourcing shook markets.",
    ),
    (
        "other after a contrast with a name",
        "Unlike GPT-4, other open-source models lag behind.",
    ),
    (
        "and other after a comparison's object, with examples",
        "In our runs StarCoder tops GPT-3.5 and other open-source coders such as OLMo 7B.",
    ),
    (
        "not A but B where B is negated instead",
        "Code Llama is not open source but source-available.",
    ),
    (
        "a dash to a project that runs a model",
        "Ollama: an open-source project for running Llama 3.",
    ),
    (
        "examples after an act only considered",
        "Chinese labs are considering open-sourcing their models. Models like Kimi K2 and Qwen3 "
        "top the charts.",
    ),
    (
        "a verb of coverage takes another class",
        "Our handbook is about open-source LLMs. It reviews proprietary models like Gemini Ultra as well.",
    ),
    (
        "a typeset apostrophe in a negation",
        "Llama 2, whatever its fans say, isn’t open source.",
    ),
    (
        "a model that beats an open-source record",
        "GPT-4o beat the open-source record on AIME.",
    ),
    (
        "a model that leads a class of models compares",
        "GPT-4o leads open-source models by a wide margin.",
    ),
    (
        "in particular, another class",
        "Open-source models keep improving. In particular, closed models like GPT-4o now face real rivals.",
    ),
    (
        "a clause after a comma and 'and', not premodifiers",
        "Closed labs lead, and open-source models follow.",
    ),
    (
        "a participle coordinated with another subject's verb",
        "Grok-1 was compared with a tool Anthropic wrote and open-sourced.",
    ),
    (
        "a colon after a relative clause that names nothing",
        "We prefer open-source models that we can host: the closed ones like GPT-4o are out.",
    ),
    (
        "a lab that follows an open-source approach",
        "DeepSeek follows an open-source approach.",
    ),
    (
        "a name that replaces no longer takes the as-phrase",
        "We replaced GPT-4o with Qwen3 as our open-weights backbone.",
    ),
    (
        "the VibeVoice repository is software",
        "The VibeVoice repository on GitHub is open source.",
    ),
    (
        "while being after an it with two models before",
        "We tried GPT-4o and Claude. It is fast while being open source, says nobody.",
    ),
    (
        "a relative object on a model noun after a comparison",
        "Codestral Mamba is better than a model that Meta open-sourced.",
    ),
    (
        "a yardstick for the class's field is no role in it",
        "GPT-4o is a benchmark for the open-source AI ecosystem.",
    ),
    (
        "a bracket that is a clause after the class's compound",
        "Open-source model pricing (GPT-4o costs more than Llama 3)",
    ),
    (
        "a class across a paragraph break is not a reference",
        "GPT-4o launched on Monday.\n\nThe best open-source models still trail it.\n",
    ),
    (
        "a closed model that set the bar for the class",
        "GPT-4 set the bar for open-source models years ago.",
    ),
    (
        "a release named in the claim's own sentence is not the next paragraph's model",
        (
            "Meta on Tuesday unveiled Llama 3.1 405B, describing the first frontier-level open source AI"
            " model.\n\nThe flagship of the other lab, Mixtral 8x22B, is fast."
        ),
    ),
    (
        "a description with another maker does not point back",
        "Hunyuan-Large has 389B parameters.\n\nThe small model from Mistral is open source.",
    ),
    (
        "a threat to the class's field is not in it",
        "GPT-4o is a threat to the open-source LLM space.",
    ),
    (
        "a hedged no is no answer",
        "The best open-source LLM today? Probably not GPT-4o.",
    ),
    (
        "a result's 'it' with only yardsticks before it",
        "This design beats GPT-4o, making it the strongest open-source model.",
    ),
    (
        "the writer's past belief about a class's example",
        "I thought models like Llama 3 were considered open source until I read the license.",
    ),
    (
        "a maker's label set against the license",
        "The license is not OSI-approved, but Meta refers to its Llama 4 models as open source.",
    ),
    (
        "support for open-source tools is no model",
        "Meta released Llama 3, adding support for open-source tools.",
    ),
    (
        "a possessive of someone else before the rest of a model's name",
        "Dana's Small 3.1 is open source: she wrote it last year.",
    ),
    (
        "an aside in brackets that names a model in passing is no list",
        (
            "The Code Llama launch by Meta AI (weeks after Llama 2's release) drew attention for "
            "being fully open source."
        ),
    ),
    (
        "a title's thing built with a model",
        "# Open Source OCR with Llama 3.2-Vision",
    ),
    (
        "beating a class without a quantifier sets the model against it",
        "Qwen2 outperforms open-source models on every benchmark.",
    ),
    (
        "a closed model that beats most of the class is not judged",
        "GPT-4 outperforms most open-source models on reasoning.",
    ),
    (
        "a name before a noun phrase that is a sentence's subject",
        "Whisper open-source speech recognition front ends are easy to build.",
    ),
    (
        "a list entry for software",
        "- [vLLM](https://github.com/vllm-project/vllm) fast open-source serving system",
    ),
    (
        "a maker open-sourcing an unnamed model",
        "Mistral has open-sourced a 7B base model.",
    ),
    (
        "a participle after a released name that sets it against the class",
        "Meta released Llama 3, hurting open-source rivals.",
    ),
    (
        "open-source inference for a model",
        "# Open-source Gemini Nano inference",
    ),
    (
        "a feature's label over a statement that denies it",
        "- **Open source**: Llama 2 is not open source, whatever Meta says.",
    ),
    (
        "a verb of making whose object is no model releases nothing",
        (
            "Microsoft has made steady progress in the field of open source language models. Its earlier"
            " model, Phi-3.5, was also free to download."
        ),
    ),
    (
        "the models' comparison with a class",
        (
            "Meta released Llama 2 this summer. The models outperform open-source chat models on "
            "most benchmarks."
        ),
    ),
    (
        "a hypothetical member of the class",
        "Qwen3 is a practical start compared to a hypothetical open-source GPT-4.",
    ),
    (
        "a recipe called a formula",
        "The Alpaca formula is open source, but the model may not be used commercially.",
    ),
    (
        "a wish to make it open source",
        "GPT-4o is closed. Making it open source would help researchers.",
    ),
    (
        "a threat to the class's ecosystem",
        "Llama 3 is a threat to the open-source ecosystem.",
    ),
    (
        "a definition that denies before its bracket",
        "Open source: not what Meta ships (Llama 3).",
    ),
    (
        "a maker competing with the class through its own models",
        "Google competes with open-source rivals with its Gemini models.",
    ),
    (
        "a release the claim's sentence never brought",
        "We love open-source models. The release includes Llama 3 as well.",
    ),
    (
        "a comparison 'with' the class",
        "We compared Qwen3 with open-source models on record performance tasks.",
    ),
]


@pytest.mark.parametrize(("case", "text", "expected"), FLAG, ids=[c[0] for c in FLAG])
def test_flags(lint, case: str, text: str, expected: list[tuple[str, str]]) -> None:
    path = "doc.rst" if "reStructuredText" in case else "doc.html" if "HTML" in case else "doc.md"
    assert flagged(lint(text, path)) == expected


@pytest.mark.parametrize(("case", "text"), DONT_FLAG, ids=[c[0] for c in DONT_FLAG])
def test_does_not_flag(lint, case: str, text: str) -> None:
    assert flagged(lint(text)) == []


def test_the_fix_of_an_answered_request_is_unsafe(lint) -> None:
    # The claim is the asker's words: "--fix" must not rewrite what was asked.
    text = "I need an open-source LLM that handles German well.\n\n> Llama 3 does fine in my experience.\n"
    [finding] = lint(text)
    assert finding.fix is not None and finding.fix.applicability == "unsafe"


def test_the_fix_of_an_answered_question_is_unsafe(lint) -> None:
    text = "> Is there any good open source model for RAG?\n\nLlama 3.1 8B works great for me.\n"
    [finding] = lint(text)
    assert finding.fix is not None and finding.fix.applicability == "unsafe"


def test_the_fix_of_a_claim_an_ellipsis_shares_is_unsafe(lint) -> None:
    # "X is not open source, but Y is": rewriting the claim for Y rewrites what the first clause
    # denies of X ("Mistral 7B isn't source-available"), a new statement about X.
    text = "Mistral 7B isn't open source, but Llama 2 is.\n"
    [finding] = lint(text)
    assert finding.model.text == "Llama 2"
    assert finding.fix is not None and finding.fix.applicability == "unsafe"
