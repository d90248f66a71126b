using Storyline.Core.Language.Entities;
using Storyline.Eval.Ner;

namespace Storyline.Eval.Tests.Ner;

/// <summary>Guards the committed entity model against regressions on the CoNLL-2003 validation set.</summary>
public sealed class ShippedModelValidationTests
{
    /// <summary>conlleval F1 of the committed model on valid.txt, measured with `storyline eval ner`; `storyline train ner` reproduces the model.</summary>
    private const double MeasuredValidF1 = 93.95;

    [Fact]
    public void Shipped_model_keeps_its_measured_f1_on_conll2003_valid()
    {
        var valid = SharedData.Path("ner", "conll2003", "valid.txt");
        Assert.True(File.Exists(valid), $"CoNLL-2003 validation file missing: {valid}");

        var evaluation = ConllEvaluator.Score(valid, NerModel.Default);

        Assert.Equal(51_362, evaluation.Tokens);
        Assert.True(evaluation.Score.F1 >= MeasuredValidF1 - 0.5, $"valid F1 {evaluation.Score.F1:F2} < {MeasuredValidF1 - 0.5:F2}");
    }
}
