"""Qt widgets of Finish Strong. No business rules here: widgets call store/ and domain/."""
