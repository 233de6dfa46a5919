namespace ParPortal.Features.Recipes;

/// <summary>A recipe could not be imported; the message names the step, the item and the field. Nothing was changed.</summary>
public sealed class RecipeException(string message, Exception? inner = null) : Exception(message, inner);
