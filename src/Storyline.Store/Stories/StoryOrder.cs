namespace Storyline.Store.Stories;

/// <summary>How the stories list is sorted: newest last article first, or most articles first.</summary>
public enum StoryOrder
{
    Latest,
    MostCovered,
}
